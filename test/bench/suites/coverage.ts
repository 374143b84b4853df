// Coverage: all Kreise of a Land in one request (the map) against one Kreis's coverage, and how the national
// request grows with the data. The server caches analyses per data version and arguments, so every round asks
// for another day (`at`): each request is computed, none is a cache hit.
import { KREIS_MAP_QUERY } from '../../../client/src/views/map/map-operations.ts';
import type { BenchContext } from '../harness/bench-context.ts';
import { compare, measure } from '../harness/compare.ts';
import { dataOf, postGraphql } from '../harness/post-graphql.ts';
import type { RatioResult } from '../harness/report.ts';

const ONE_KREIS_QUERY = /* GraphQL */ `
  query OneKreis($region: ID!, $at: Date) {
    coverage(region: $region, at: $at, statedOnly: false, fromAbove: true) {
      region {
        id
        name
      }
      count
      full
      partial
      population
    }
  }
`;

/** A different day for every call: 2025-01-01, 2025-01-02, … */
function dayCounter(): () => string {
  let n = 0;
  return () => {
    const day = new Date(Date.UTC(2025, 0, 1 + n));
    n += 1;
    return day.toISOString().slice(0, 10);
  };
}

interface KreisRow {
  region: { id: string; name: string };
  count: number;
}

async function allKreise(ctx: BenchContext, land: string, at: string): Promise<KreisRow[]> {
  const answer = await postGraphql(ctx.serverUrl, KREIS_MAP_QUERY, {
    land,
    topic: null,
    targetGroup: null,
    at,
    statedOnly: false,
    fromAbove: true,
  });
  return (dataOf(answer, `kreisCoverage(land: ${land})`) as { kreisCoverage: KreisRow[] }).kreisCoverage;
}

async function oneKreis(ctx: BenchContext, region: string, at: string): Promise<void> {
  dataOf(await postGraphql(ctx.serverUrl, ONE_KREIS_QUERY, { region, at }), `coverage(region: ${region})`);
}

/** The map's request for every Kreis of `land` / the coverage of its Kreis with the most offers. */
export async function coverageAllVsOne(ctx: BenchContext, land: string): Promise<RatioResult> {
  const kreise = await allKreise(ctx, land, '2024-12-31');
  const busiest = [...kreise].sort((a, b) => b.count - a.count)[0];
  if (!busiest) throw new Error(`${land} has no Kreise`);
  const dayA = dayCounter();
  const dayB = dayCounter();
  return compare({
    key: 'coverage_all_kreise_vs_one_kreis',
    what: `kreisCoverage(land: "${land}") — all ${kreise.length} Kreise, as the map asks — / coverage(region: "${busiest.region.id}") of its Kreis with the most offers (${busiest.region.name}, ${busiest.count}); a new day per round, so no cache hit`,
    goal: 5,
    rounds: ctx.rounds,
    a: { label: `all ${kreise.length} Kreise of ${land}`, run: () => allKreise(ctx, land, dayA()) },
    b: { label: `one Kreis (${busiest.region.id})`, run: () => oneKreis(ctx, busiest.region.id, dayB()) },
  });
}

/** One point of coverage's growth: the national map request (all 400 Kreise), computed afresh each round. */
export async function coveragePoint(ctx: BenchContext) {
  const day = dayCounter();
  return measure({ label: 'kreisCoverage(land: "de")', run: () => allKreise(ctx, 'de', day()) }, ctx.rounds);
}
