// Query.coverage, compare and kreisCoverage on the hand-made Land of coverage-fixture.ts, whose answers are stated
// there: reach, time, claims, roll-up, parts, per-capita figures, gaps with their nearest regions and funders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisCache } from '../../../server/analysis/analysis-cache.ts';
import type { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { errorCodes, fixtureFile, queryData } from '../graphql/read/read-api.ts';
import { COVERAGE_DOCUMENT, DAY } from './coverage-fixture.ts';

const A = 'de-06431';
const B = 'de-06432';
const C = 'de-06433';

interface Cell {
  topic: { id: string };
  targetGroup: { id: string };
  count: number;
  full: number;
  partial: number;
  perHundredThousand: number | null;
  gap: boolean;
  offers: { initiativeId: string; coverage: string; viaId: string; rolledUp: boolean }[];
}

interface Matrix {
  region: { id: string };
  count: number;
  full: number;
  partial: number;
  cells: Cell[];
}

const MATRIX = `region { id } count full partial
  cells { topic { id } targetGroup { id } count full partial perHundredThousand gap
          offers { initiativeId coverage viaId rolledUp } }`;

/** Cell key → "count full/partial: id(F|P)…", compact enough to state a whole matrix in a test. */
function summary(matrix: Matrix): Record<string, string> {
  return Object.fromEntries(
    matrix.cells.map((c) => [
      `${c.topic.id}×${c.targetGroup.id}`,
      `${c.count} ${c.full}/${c.partial}: ${c.offers.map((o) => `${o.initiativeId}(${o.coverage[0]})`).join(' ')}`.trim(),
    ]),
  );
}

describe('coverage: the matrix topic × target group of a region', () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    const report = await runImport(db, [fixtureFile('coverage', COVERAGE_DOCUMENT)]);
    if (!report.ok) throw new Error(`fixture import failed: ${JSON.stringify(report)}`);
    api = await createTestApi(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
  });

  const matrixOf = async (region: string, switches = '') =>
    (
      await queryData<{ coverage: Matrix }>(
        api,
        `{ coverage(region: "${region}", at: "${DAY}" ${switches}) { ${MATRIX} } }`,
      )
    ).coverage;

  it('Kreis A: the federal and Land programs in full, the pilot at two of its places as partial, no expired offer', async () => {
    const a = await matrixOf(A);
    expect([a.count, a.full, a.partial]).toEqual([4, 3, 1]);
    expect(summary(a)).toEqual({
      'arbeit×frauen': '0 0/0:',
      'arbeit×gefluechtete': '1 1/0: bundesprogramm(F)',
      'bildung×frauen': '1 0/1: pilot(P)',
      'bildung×gefluechtete': '2 2/0: landesprogramm(F) sprachkurs-land(F)',
      'sprache×frauen': '1 0/1: pilot(P)',
      'sprache×gefluechtete': '0 0/0:',
    });
    const pilot = a.cells.find((c) => c.topic.id === 'sprache' && c.targetGroup.id === 'frauen')?.offers;
    expect(pilot).toEqual([
      { initiativeId: 'pilot', coverage: 'PARTIAL', viaId: 'de-06431001', rolledUp: false },
    ]);
    const rolled = a.cells.find((c) => c.topic.id === 'bildung' && c.targetGroup.id === 'frauen')?.offers;
    expect(rolled?.[0]?.rolledUp).toBe(true);
    const federal = a.cells.find((c) => c.topic.id === 'arbeit' && c.targetGroup.id === 'gefluechtete');
    expect(federal?.offers[0]?.viaId).toBe('de');
    expect(a.cells.map((c) => c.gap)).toEqual([true, false, false, false, false, true]);
  });

  it('Kreis B: a Gemeinde offer counts as partial, the future one not, and the pilot does not reach it', async () => {
    const b = await matrixOf(B);
    expect([b.count, b.full, b.partial]).toEqual([4, 3, 1]);
    expect(summary(b)).toEqual({
      'arbeit×frauen': '1 0/1: gemeinde-angebot(P)',
      'arbeit×gefluechtete': '1 1/0: bundesprogramm(F)',
      'bildung×frauen': '0 0/0:',
      'bildung×gefluechtete': '2 2/0: inferred-kurs(F) landesprogramm(F)',
      'sprache×frauen': '0 0/0:',
      'sprache×gefluechtete': '1 1/0: inferred-kurs(F)',
    });
  });

  it('the Gemeinde where the pilot runs has it in full; Germany only partly', async () => {
    expect(summary(await matrixOf('de-06431001'))['sprache×frauen']).toBe('1 1/0: pilot(F)');
    expect(summary(await matrixOf('de-06432001'))['sprache×frauen']).toBe('0 0/0:');
    expect(summary(await matrixOf('de'))['sprache×frauen']).toBe('1 0/1: pilot(P)');
  });

  it('statedOnly leaves out the inferred ADDRESSES; rollUp false keeps narrower topics in their own row', async () => {
    const stated = summary(await matrixOf(B, 'statedOnly: true'));
    expect(stated['sprache×gefluechtete']).toBe('0 0/0:');
    expect(stated['bildung×gefluechtete']).toBe('1 1/0: landesprogramm(F)');
    const flat = summary(await matrixOf(B, 'rollUp: false'));
    expect(flat['bildung×gefluechtete']).toBe('1 1/0: landesprogramm(F)');
    expect(flat['sprache×gefluechtete']).toBe('1 1/0: inferred-kurs(F)');
  });

  it('fromAbove false leaves out the federal and Land offers; dedupeParts counts a part instead of its program', async () => {
    const own = await matrixOf(B, 'fromAbove: false');
    expect([own.count, own.full, own.partial]).toEqual([2, 1, 1]);
    expect(summary(own)['arbeit×gefluechtete']).toBe('0 0/0:');
    const deduped = summary(await matrixOf(A, 'dedupeParts: true'));
    expect(deduped['bildung×gefluechtete']).toBe('1 1/0: sprachkurs-land(F)');
  });

  it('per 100,000 inhabitants: FULL offers over the population, null where it is unknown', async () => {
    const perCapita = async (region: string) =>
      (await matrixOf(region)).cells.find(
        (c) => c.topic.id === 'arbeit' && c.targetGroup.id === 'gefluechtete',
      )?.perHundredThousand;
    expect(await perCapita(A)).toBe(0.5);
    expect(await perCapita(B)).toBe(1);
    expect(await perCapita(C)).toBeNull();
    const partialOnly = (await matrixOf(B)).cells.find(
      (c) => c.topic.id === 'arbeit' && c.targetGroup.id === 'frauen',
    );
    expect(partialOnly?.perHundredThousand).toBe(0);
  });

  it('gaps: the nearest regions with such an offer, the program it is part of and its funder', async () => {
    const { coverage } = await queryData<{
      coverage: {
        gaps: {
          topic: { id: string };
          targetGroup: { id: string };
          nearest: { region: { id: string }; up: number; distance: number; initiativeIds: string[] }[];
          programs: { program: { id: string }; initiativeIds: string[] }[];
          funders: { funder: { id: string }; initiativeIds: string[] }[];
        }[];
      };
    }>(
      api,
      `{ coverage(region: "${A}", at: "${DAY}") { gaps { topic { id } targetGroup { id }
           nearest { region { id } up distance initiativeIds }
           programs { program { id } initiativeIds } funders { funder { id } initiativeIds } } } }`,
    );
    expect(coverage.gaps).toEqual([
      {
        topic: { id: 'arbeit' },
        targetGroup: { id: 'frauen' },
        nearest: [{ region: { id: 'de-06432002' }, up: 1, distance: 3, initiativeIds: ['gemeinde-angebot'] }],
        programs: [{ program: { id: 'landesprogramm' }, initiativeIds: ['gemeinde-angebot'] }],
        funders: [{ funder: { id: 'stiftung' }, initiativeIds: ['gemeinde-angebot'] }],
      },
      {
        topic: { id: 'sprache' },
        targetGroup: { id: 'gefluechtete' },
        nearest: [{ region: { id: B }, up: 1, distance: 2, initiativeIds: ['inferred-kurs'] }],
        programs: [],
        funders: [],
      },
    ]);
  });

  it('gaps: those inside the parent come before the farther region, whatever the steps', async () => {
    const { coverage } = await queryData<{
      coverage: {
        gaps: {
          topic: { id: string };
          nearest: { region: { id: string }; up: number; distance: number }[];
        }[];
      };
    }>(
      api,
      `{ coverage(region: "${B}", at: "${DAY}") { gaps { topic { id } targetGroup { id } nearest { region { id } up distance } } } }`,
    );
    const bildungFrauen = coverage.gaps.find((g) => g.topic.id === 'bildung');
    expect(bildungFrauen?.nearest).toEqual([
      { region: { id: 'de-06431001' }, up: 1, distance: 3 },
      { region: { id: 'de-06431002' }, up: 1, distance: 3 },
      { region: { id: 'de' }, up: 2, distance: 2 },
    ]);
  });

  it('compare: the matrices side by side, in the order asked (counts: offers for 10 matrices cost too much)', async () => {
    const { compare } = await queryData<{
      compare: { region: { id: string }; count: number; cells: { count: number; partial: number }[] }[];
    }>(
      api,
      `{ compare(regions: ["${B}", "${A}"], at: "${DAY}") { region { id } count cells { count partial } } }`,
    );
    expect(compare.map((m) => m.region.id)).toEqual([B, A]);
    // The first cell is Arbeit × Frauen: the Gemeinde offer in B, nothing in A.
    expect(compare.map((m) => m.cells[0])).toEqual([
      { count: 1, partial: 1 },
      { count: 0, partial: 0 },
    ]);
    expect(await errorCodes(api, `{ compare(regions: ["${A}", "${A}"]) { count } }`)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await errorCodes(api, `{ compare(regions: ["${A}", "nowhere"]) { count } }`)).toEqual([
      'NOT_FOUND',
    ]);
    const full = `{ compare(regions: ["${A}", "${B}"]) { ${MATRIX} } }`;
    expect(await errorCodes(api, full)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('kreisCoverage: every Kreis of the Land in one request, zeros included, with per-capita figures', async () => {
    const kreise = async (args: string) =>
      (
        await queryData<{
          kreisCoverage: {
            region: { id: string };
            count: number;
            full: number;
            partial: number;
            population: number | null;
            perHundredThousand: number | null;
          }[];
        }>(
          api,
          `{ kreisCoverage(land: "de-06", at: "${DAY}" ${args}) { region { id } count full partial population perHundredThousand } }`,
        )
      ).kreisCoverage;
    expect(await kreise('topic: "arbeit", targetGroup: "gefluechtete"')).toEqual([
      { region: { id: A }, count: 1, full: 1, partial: 0, population: 200_000, perHundredThousand: 0.5 },
      { region: { id: B }, count: 1, full: 1, partial: 0, population: 100_000, perHundredThousand: 1 },
      { region: { id: C }, count: 1, full: 1, partial: 0, population: null, perHundredThousand: null },
    ]);
    expect(
      (await kreise('topic: "sprache", targetGroup: "frauen"')).map((k) => [k.count, k.partial]),
    ).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
    ]);
    // Bildung rolls Sprache up: the pilot in A, the inferred course in B (not when only stated facts count).
    expect((await kreise('topic: "bildung"')).map((k) => k.count)).toEqual([3, 2, 1]);
    expect((await kreise('topic: "bildung", statedOnly: true')).map((k) => k.count)).toEqual([3, 1, 1]);
    expect((await kreise('')).map((k) => [k.count, k.full, k.partial])).toEqual([
      [4, 3, 1],
      [4, 3, 1],
      [2, 2, 0],
    ]);
    expect(await errorCodes(api, '{ kreisCoverage(land: "nowhere") { count } }')).toEqual(['NOT_FOUND']);
    expect(await errorCodes(api, '{ kreisCoverage(land: "de-06", topic: "nothing") { count } }')).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('reaches a region exactly as Region.offers does, and serves a repeated request from the analysis cache', async () => {
    for (const region of [A, B, 'de-06431001', 'de']) {
      const data = await queryData<{
        region: { offers: { initiative: { id: string }; coverage: string }[] };
        coverage: { full: number; initiatives: { id: string }[] };
      }>(
        api,
        `{ region(id: "${region}") { offers(activeAt: "${DAY}") { initiative { id } coverage } }
           coverage(region: "${region}", at: "${DAY}") { full initiatives { id } } }`,
      );
      const ids = (list: { id: string }[]) => list.map((i) => i.id).sort();
      expect(ids(data.coverage.initiatives)).toEqual(ids(data.region.offers.map((o) => o.initiative)));
      expect(data.coverage.full).toBe(data.region.offers.filter((o) => o.coverage === 'FULL').length);
    }
    const before = analysisCache.stats().hits;
    await matrixOf(A, 'statedOnly: true, fromAbove: false');
    await matrixOf(A, 'statedOnly: true, fromAbove: false');
    expect(analysisCache.stats().hits).toBeGreaterThan(before);
  });

  it('an unknown region is NOT_FOUND', async () => {
    expect(await errorCodes(api, '{ coverage(region: "nowhere") { count } }')).toEqual(['NOT_FOUND']);
  });
});
