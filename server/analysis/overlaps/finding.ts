// One finding of the overlap analysis: two measures, how alike they are, and why — as plain data, so a result
// can be cached and served to many requests.
import type { ProviderPair, Tie } from './provider-ties.ts';
import type { ReachOverlap } from './reach-overlap.ts';
import type { TermMatch } from './term-match.ts';

export interface OverlapPeriod {
  /** The later start of the two; null when neither has one. */
  readonly since: string | null;
  /** The earlier end of the two; null when neither has one. */
  readonly until: string | null;
  /** The measures of the pair whose end is unknown and whose newest source is more than five years old. */
  readonly stale: readonly string[];
  readonly factor: number;
}

export interface OverlapFinding {
  /** The two measures, ordered by id. */
  readonly measures: readonly [string, string];
  readonly score: number;
  readonly topicSimilarity: number;
  readonly targetGroupSimilarity: number;
  readonly sharedTopics: readonly TermMatch[];
  readonly sharedTargetGroups: readonly TermMatch[];
  readonly reach: ReachOverlap;
  readonly period: OverlapPeriod;
  /** Each provider with the measure it provides or runs. */
  readonly providers: readonly {
    readonly measure: string;
    readonly actor: string;
    readonly collective: boolean;
  }[];
  readonly coordinated: boolean;
  readonly ties: readonly Tie[];
  readonly untied: readonly ProviderPair[];
}
