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
  const [a, b] = first.id <= second.id ? [first, second] : [second, first];
  if (a.id === b.id || isUmbrellaAndPart(a, b)) return null;
  const sharedTargetGroups = termMatches(a.targetGroups, b.targetGroups, ctx.broader);
  if (sharedTargetGroups.length === 0) return null;
  const sharedTopics = termMatches(a.topics, b.topics, ctx.broader);
  if (sharedTopics.length === 0) return null;
  const reach = reachOverlap(a.placements, b.placements);
  if (reach === null) return null;

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
