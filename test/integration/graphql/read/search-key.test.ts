// The search key two ways: the writer derives it in TypeScript (server/store/search-key.ts) for every record it
// stores, migration 0006 derives it in Cypher for a database written before the key existed. Both must give the
// same key for every name, or a database migrated on start would find less than one imported afresh.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KREISE_DE_REFERENCE } from '../../../../server/config/curated-dataset.ts';
import { CYPHER_DIR, cypherFile, parseCypherFile } from '../../../../server/db/cypher-file.ts';
import { splitStatements } from '../../../../server/db/migrate.ts';
import { searchKey, searchNames } from '../../../../server/store/search-key.ts';
import { FACT, fixtureFile, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const READ_ENTITIES = cypherFile('export/read-entities');

const TRICKY = fixtureFile('search-key-names', {
  actors: [
    {
      id: 'fixture-key-awo',
      kind: 'welfareOrganisation',
      name: 'AWO-Kreisverband  e.V. – „Süd“',
      shortName: 'AWO KV',
      aliases: ['Arbeiterwohlfahrt Süd (Kreisverband)', 'ÄÖÜ äöü ß ẞ'],
      ...FACT,
    },
    {
      id: 'fixture-key-cafe',
      kind: 'civilSocietyOrganisation',
      name: 'Café Müller & Söhne / Queue, Frauen, Steuer, neue, aktuell',
      ...FACT,
    },
    {
      id: 'fixture-key-istanbul',
      kind: 'migrantOrganisation',
      name: 'İstanbul Kültür Derneği',
      aliases: ['Ærø ﬁ Forum', 'ΟΔΟΣ Ελληνική Κοινότητα'],
      ...FACT,
    },
    {
      id: 'fixture-key-verein',
      kind: 'civilSocietyOrganisation',
      name: 'Verein 𝐀𝐁𝐂 😀 Mitte — 2024/25',
      // The second alias is in decomposed form (a + combining diaeresis).
      aliases: ['Mañana Señora Łódź Øresund', 'a\u0308rger nfd-Form'],
      ...FACT,
    },
  ],
});

interface Stored {
  id: string;
  props: Record<string, unknown>;
}

describe('the search key: writer and migration agree', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture([KREISE_DE_REFERENCE, TRICKY]);
  });
  afterAll(() => fx.close());

  const stored = async (): Promise<Stored[]> =>
    (await fx.db.read(READ_ENTITIES, { ids: null })) as unknown as Stored[];

  const mismatches = (nodes: readonly Stored[]) =>
    nodes
      .map((n) => ({ id: n.id, stored: n.props.searchKey, derived: searchKey(searchNames(n.props)) }))
      .filter((n) => n.stored !== n.derived);

  it('the writer stores every entity with its key', async () => {
    const nodes = await stored();
    expect(nodes.length).toBeGreaterThan(500); // the curated data, every German Kreis and the fixture
    expect(mismatches(nodes)).toEqual([]);
    expect(nodes.find((n) => n.id === 'fixture-key-awo')?.props.searchKey).toBe(
      '|awo kreisverband e v sud|awo kv|arbeiterwohlfahrt sud kreisverband|aou aou ss ss|',
    );
  });

  it('migration 0006 derives the same key in Cypher for every node, and search finds by it', async () => {
    const name = 'schema/0006_search_key';
    const source = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    // As the migration runs on start: statement by statement.
    for (const [i, text] of splitStatements(source).entries()) {
      await fx.db.write(parseCypherFile(`${name}#${i + 1}`, text));
    }
    const nodes = await stored();
    expect(mismatches(nodes)).toEqual([]);
    expect(nodes.find((n) => n.id === 'fixture-key-verein')?.props.searchKey).toBe(
      '|verein abc mitte 2024 25|manana senora łodz øresund|arger nfd form|',
    );
    const { search } = await queryData<{ search: { entity: { id: string } }[] }>(
      fx.api,
      '{ search(text: "Kultur Derne", first: 1) { entity { id } } }',
    );
    expect(search.map((h) => h.entity.id)).toEqual(['fixture-key-istanbul']);
  });
});
