// One pair of measures → an overlap finding with its score and reasons, or null when they do not overlap.
import type { MeasureFacts, ProviderTies } from './facts.ts';
import type { OverlapFinding, OverlapPeriod } from './finding.ts';
import { tiesOf, untiedPairs } from './provider-ties.ts';
import { reachOverlap } from './reach-overlap.ts';
import { closureJaccard, termMatches } from './term-match.ts';

/** The weight of topic similarity in the score; target groups take the rest. */
export const TOPIC_WEIGHT = 0.5;
/** The period factor when either measure is STALE (unknown end, newest source older than five years). */
export const STALE_FACTOR = 0.5;

export interface PairContext {
  readonly broader: ReadonlyMap<string, string>;
  readonly ties: ReadonlyMap<string, ProviderTies>;
  readonly isStale: (measure: MeasureFacts) => boolean;
}

function latest(values: readonly (string | null)[]): string | null {
  return (
    values
      .filter((v): v is string => v !== null)
      .sort()
      .at(-1) ?? null
  );
}

function earliest(values: readonly (string | null)[]): string | null {
  return values.filter((v): v is string => v !== null).sort()[0] ?? null;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The providers of a measure where the pair overlaps: those serving that region, a region above it or one inside
 * it (PROVIDES/RUNS `regions`), and those not limited to regions. When none serves there, all of them: the
 * measure is offered there by someone, and its providers are the best guess.
 */
export function providersIn(
  measure: MeasureFacts,
  region: string,
  ancestors: readonly string[],
): MeasureFacts['providers'] {
  const serving = measure.providers.filter(
    (p) =>
      p.regions === undefined ||
      p.regions.some((r) => r.id === region || ancestors.includes(r.id) || r.ancestors.includes(region)),
  );
  return serving.length > 0 ? serving : measure.providers;
}

/** The regions above `region`, read from the placements of the pair (the shared region is one of them). */
function ancestorsOf(region: string, ...measures: readonly MeasureFacts[]): readonly string[] {
  for (const m of measures) {
    for (const p of m.placements) {
      if (p.region === region) return p.ancestors;
      const at = p.ancestors.indexOf(region);
      if (at >= 0) return p.ancestors.slice(at + 1);
    }
  }
  return [];
}

/** Umbrella and part are one offer counted at two levels, never a duplicate. */
export function isUmbrellaAndPart(a: MeasureFacts, b: MeasureFacts): boolean {
  return a.umbrellas.includes(b.id) || b.umbrellas.includes(a.id);
}

/**
 * score = (TOPIC_WEIGHT · J(topics) + (1 − TOPIC_WEIGHT) · J(target groups)) × reach factor × period factor, where
 * J is the Jaccard similarity of the upward closures (term-match.ts). Null when the pair does not overlap: an
 * umbrella and its part, no topic or no target group on one chain, or no placement in or above the other's.
 */
export function scorePair(
  first: MeasureFacts,
  second: MeasureFacts,
  ctx: PairContext,
): OverlapFinding | null {
  const [x, y] = first.id <= second.id ? [first, second] : [second, first];
  if (x.id === y.id || isUmbrellaAndPart(x, y)) return null;
  const sharedTargetGroups = termMatches(x.targetGroups, y.targetGroups, ctx.broader);
  if (sharedTargetGroups.length === 0) return null;
  const sharedTopics = termMatches(x.topics, y.topics, ctx.broader);
  if (sharedTopics.length === 0) return null;
  const reach = reachOverlap(x.placements, y.placements);
  if (reach === null) return null;
  const above = ancestorsOf(reach.region, x, y);
  const [a, b] = [x, y].map((m) => ({ ...m, providers: providersIn(m, reach.region, above) })) as [
    MeasureFacts,
    MeasureFacts,
  ];

  const stale = [a, b].filter(ctx.isStale).map((m) => m.id);
  const period: OverlapPeriod = {
    since: latest([a.sinceDate, b.sinceDate]),
    until: earliest([a.untilDate, b.untilDate]),
    stale,
    factor: stale.length > 0 ? STALE_FACTOR : 1,
  };
  const topicSimilarity = closureJaccard(a.topics, b.topics, ctx.broader);
  const targetGroupSimilarity = closureJaccard(a.targetGroups, b.targetGroups, ctx.broader);
  const similarity = TOPIC_WEIGHT * topicSimilarity + (1 - TOPIC_WEIGHT) * targetGroupSimilarity;
  const ties = tiesOf(a, b, ctx.ties);
  const untied = untiedPairs(a, b, ties);
  return {
    measures: [a.id, b.id] as const,
    score: round(similarity * reach.factor * period.factor),
    topicSimilarity: round(topicSimilarity),
    targetGroupSimilarity: round(targetGroupSimilarity),
    sharedTopics,
    sharedTargetGroups,
    reach,
    period,
    providers: [a, b].flatMap((m) =>
      m.providers.map((p) => ({ measure: m.id, actor: p.id, collective: p.collective })),
    ),
    coordinated: ties.length > 0,
    ties,
    untied,
  };
}
