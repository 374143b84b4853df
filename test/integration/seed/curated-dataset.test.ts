import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { readmeCounts } from '../../support/curated-counts.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const STATISTICS = cypherFile('queries/statistics');
const FACT = cypherFile('fixtures/fact-check');

interface Stats {
  labels: { name: string; count: number }[];
  relationshipTypes: { name: string; count: number }[];
  actorKinds: { name: string; count: number }[];
}

describe('the curated dataset in Neo4j', () => {
  let db: Database;
  let stats: Stats;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    const report = await runImport(db, [CURATED_DATASET]);
    expect(report.ok).toBe(true);
    stats = ((await db.read(STATISTICS)) as unknown as Stats[])[0]!;
  });
  afterAll(() => db.close());

  const fact = async (type: string, from: string, to: string) =>
    (await db.read(FACT, { type, from, to }))[0] as {
      found: boolean;
      role: string | null;
      sources: string[] | null;
    };

  it('has exactly the counts documented in seed/README.md', () => {
    const expected = readmeCounts();
    expect(expected.size).toBeGreaterThan(20);
    const actual = new Map<string, number>();
    for (const { name, count } of stats.labels) actual.set(name, count);
    for (const { name, count } of stats.relationshipTypes) actual.set(name, count);
    for (const { name, count } of stats.actorKinds) actual.set(`Actor (${name})`, count);
    for (const [item, count] of expected) expect({ item, count: actual.get(item) }).toEqual({ item, count });
    // Every actor kind in the data has its row: a re-kinded actor cannot drop out of the table unnoticed.
    const kindRows = (items: Iterable<string>) =>
      [...items].filter((item) => item.startsWith('Actor (')).sort();
    expect(kindRows(expected.keys())).toEqual(kindRows(actual.keys()));
  });

  it('cites a source for every node and relationship', async () => {
    const rows = await db.read(cypherFile('fixtures/unsourced'));
    expect(rows).toEqual([{ nodes: 0, relationships: 0 }]);
  });

  it('doc-004: the members of the Arbeitskreis Integration, exactly as the text lists them', async () => {
    const members = [
      'bamf-regionalkoordination-doc-004',
      'auslaenderbehoerde-doc-004',
      'jobcenter-doc-004',
      'awo-doc-004',
      'caritas-doc-004',
      'diakonie-doc-004',
      'integrationskurstraeger-doc-004',
      'integrationsbeauftragte-kv-doc-004',
    ];
    for (const member of members) {
      expect(await fact('MEMBER_OF', member, 'ak-integration-doc-004')).toMatchObject({
        found: true,
        role: 'member',
        sources: ['doc-004'],
      });
    }
    expect((await fact('PART_OF', 'bamf-regionalkoordination-doc-004', 'bamf')).found).toBe(true);
  });

  it('doc-003: the Federal Commissioner chairs the Bundeskonferenz and funds BePart, run by Minor', async () => {
    expect(
      await fact('MEMBER_OF', 'integrationsbeauftragte-bund', 'bundeskonferenz-integrationsbeauftragte'),
    ).toMatchObject({
      found: true,
      role: 'chair',
    });
    expect((await fact('FUNDS', 'integrationsbeauftragte-bund', 'bepart')).found).toBe(true);
    expect((await fact('PROVIDES', 'minor-projektkontor', 'bepart')).found).toBe(true);
  });

  it('doc-002: the Bezirksregierung Arnsberg sits in Regierungsbezirk 059, part of NRW (05)', async () => {
    expect((await fact('LOCATED_IN', 'bezirksregierung-arnsberg', 'de-059')).found).toBe(true);
    expect((await fact('PART_OF', 'de-059', 'de-05')).found).toBe(true);
  });

  it('doc-001: WIR coordination networks with the municipal commissioners; WIR-Hessen has its focal points', async () => {
    const rows = await db.read(FACT, {
      type: 'COOPERATES_WITH',
      from: 'wir-koordination-doc-001',
      to: 'integrationsbeauftragte-kommunen-doc-001',
    });
    expect(rows[0]).toMatchObject({ found: true, kind: 'networking' });
    expect((await fact('PART_OF', 'wir-schwerpunkt-interkulturelle-oeffnung', 'wir-hessen')).found).toBe(
      true,
    );
  });

  it('reach: the model project at "über 30 Kommunen" covers no Kreis, a federal offer for all of Germany does', async () => {
    const offersOf = async (region: string, activeAt: string | null = null) => {
      const [row] = (await db.read(cypherFile('queries/region-offers'), {
        ids: [region],
        activeAt,
        statedOnly: false,
        fromAbove: true,
      })) as unknown as { offers: { initiative: { id: string }; coverage: string }[] }[];
      return new Map(row?.offers.map((o) => [o.initiative.id, o.coverage]));
    };
    const dortmund = await offersOf('de-05913');
    expect(dortmund.has('weltoffene-kommune')).toBe(false);
    expect(dortmund.has('weltoffene-kommune-selbstchecks')).toBe(false);
    expect(dortmund.get('kommunales-integrationsmonitoring-difu')).toBe('FULL');
    // Germany itself: the pilot runs somewhere inside it, which is partial coverage of the whole.
    expect((await offersOf('de')).get('weltoffene-kommune')).toBe('PARTIAL');
    // The one-day kick-off of 2012 in the Gemeinde Dortmund is an offer there on its day (partial for the
    // kreisfreie Stadt above, which holds the Gemeinde), and no longer in 2026.
    expect(
      (await offersOf('de-05913000', '2012-06-25')).get('arnsberger-integrationsdialog-auftakt-2012'),
    ).toBe('FULL');
    expect((await offersOf('de-05913', '2012-06-25')).get('arnsberger-integrationsdialog-auftakt-2012')).toBe(
      'PARTIAL',
    );
    expect((await offersOf('de-05913', '2026-11-30')).has('arnsberger-integrationsdialog-auftakt-2012')).toBe(
      false,
    );
  });

  it('doc-000: the Arbeitsprogramm Integration builds on the Charta des Zusammenlebens in Vielfalt', async () => {
    expect(
      (await fact('BASED_ON', 'arbeitsprogramm-integration-doc-000', 'charta-zusammenleben-in-vielfalt'))
        .found,
    ).toBe(true);
  });
});
