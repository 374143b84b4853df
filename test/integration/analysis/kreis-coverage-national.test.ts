// Query.kreisCoverage for all of Germany (`land: "de"`) on the data `npm start` loads (the curated dataset and the
// 400 reference Kreise): the Kreise of every Land in one request and one statement, exactly what the 16 requests per
// Land answer together, plus the Kreise placed in no Land; and the errors for ids that name no such region.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { START_UP_DATASETS } from '../../../server/config/curated-dataset.ts';
import { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { errorCodes, queryData } from '../graphql/read/read-api.ts';

const DAY = '2026-11-21';
/** The Kreis the curated data places in Germany but in no Land (its document does not say which). */
const IN_NO_LAND = 'de-landkreis-doc-004';
/** A cell with offers in some Kreise and none in others when federal and Land offers are left out. */
const CELL = 'topic: "sprache-und-bildung", targetGroup: "neuzugewanderte", fromAbove: false';

interface Entry {
  region: { id: string };
  count: number;
  full: number;
  partial: number;
  population: number | null;
  perHundredThousand: number | null;
}

const FIELDS = 'region { id } count full partial population perHundredThousand';
const landOfKreis = (id: string) => /^de-(\d{2})\d{3}$/.exec(id)?.[1] ?? null;

describe('kreisCoverage for all of Germany', () => {
  let db: Database;
  let api: TestApi;
  let laender: string[];
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    const report = await runImport(db, START_UP_DATASETS);
    if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report)}`);
    api = await createTestApi(db);
    laender = (
      await queryData<{ regions: { nodes: { id: string }[] } }>(
        api,
        '{ regions(level: "land", parent: "de", first: 100) { nodes { id } } }',
      )
    ).regions.nodes.map((r) => r.id);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await api?.stop();
    await db?.close();
  });

  const kreise = async (land: string, args = '') =>
    (
      await queryData<{ kreisCoverage: Entry[] }>(
        api,
        `{ kreisCoverage(land: "${land}", at: "${DAY}" ${args}) { ${FIELDS} } }`,
      )
    ).kreisCoverage;

  it('answers with the Kreise of every Land, and the one placed in no Land, ordered by name', async () => {
    expect(laender).toHaveLength(16);
    const germany = await kreise('de');
    // 400 Kreise with an AGS, and the two the curated documents do not name.
    expect(germany).toHaveLength(402);
    const byLand = new Set(germany.map((k) => landOfKreis(k.region.id)).filter((l) => l !== null));
    expect([...byLand].sort()).toEqual(laender.map((l) => l.slice(3)).sort());
    const ids = germany.map((k) => k.region.id);
    expect(ids).toEqual(expect.arrayContaining(['de-05913', 'de-09162', 'de-11000', IN_NO_LAND]));
    expect(new Set(ids).size).toBe(ids.length);
    // By name, not Land by Land: the Länder alternate, and NRW's Kreise come in the order of NRW's own answer.
    const lands = ids.map(landOfKreis);
    expect(lands.filter((l, i) => i > 0 && l !== lands[i - 1]).length).toBeGreaterThan(100);
    const nrw = (await kreise('de-05')).map((k) => k.region.id);
    expect(ids.filter((id) => id.startsWith('de-05'))).toEqual(nrw);
  });

  it.each([
    ['all offers', ''],
    ['one cell, without federal and Land offers', CELL],
  ])('equals the union of the answers per Land, plus the Kreise in no Land (%s)', async (_name, args) => {
    const germany = await kreise('de', args);
    const perLand = (await Promise.all(laender.map((land) => kreise(land, args)))).flat();
    const directly = (
      await queryData<{ regions: { nodes: { id: string }[] } }>(
        api,
        '{ regions(level: "kreis", parent: "de", first: 100) { nodes { id } } }',
      )
    ).regions.nodes.map((r) => r.id);
    expect(directly).toEqual([IN_NO_LAND]);
    const byId = (list: Entry[]) => new Map(list.map((k) => [k.region.id, k]));
    const national = byId(germany);
    expect(new Map([...national].filter(([id]) => !directly.includes(id)))).toEqual(byId(perLand));
    expect(national.get(IN_NO_LAND)?.region.id).toBe(IN_NO_LAND);
    // The comparison means something: counts differ between Kreise.
    expect(new Set(germany.map((k) => k.count)).size).toBeGreaterThan(1);
  });

  it('is one statement for the whole country, not one per Land', async () => {
    const read = vi.spyOn(Database.prototype, 'read');
    try {
      // Switches no other test asks for, so the analysis cache cannot answer.
      const germany = await kreise('de', 'statedOnly: true, rollUp: false');
      expect(germany.length).toBeGreaterThan(400);
      const statements = read.mock.calls.map(([statement]) => statement.name);
      expect(statements.filter((name) => name === 'analysis/coverage-kreise')).toHaveLength(1);
    } finally {
      read.mockRestore();
    }
  });

  it('a Regierungsbezirk lists its Kreise; an id that names no region holding Kreise is an error', async () => {
    const arnsberg = await kreise('de-059');
    expect(arnsberg.map((k) => k.region.id)).toContain('de-05913');
    expect(arnsberg.every((k) => k.region.id.startsWith('de-059'))).toBe(true);

    const codes = (land: string, args = '') =>
      errorCodes(api, `{ kreisCoverage(land: "${land}"${args}) { count } }`);
    expect(await codes('deutschland')).toEqual(['NOT_FOUND']);
    // An actor, not a region.
    expect(await codes('integrationsbeauftragte-bund')).toEqual(['NOT_FOUND']);
    // A Kreis and a Gemeinde hold no Kreise.
    expect(await codes('de-05913')).toEqual(['BAD_USER_INPUT']);
    expect(await codes('de-05913000')).toEqual(['BAD_USER_INPUT']);
    expect(await codes('de', ', topic: "nothing"')).toEqual(['NOT_FOUND']);
    expect(await codes('de', ', targetGroup: "nothing"')).toEqual(['NOT_FOUND']);
  });
});
