// Whether a fact (an actor, program, measure or relationship) holds on a day, and whether what the atlas knows
// about it is fresh enough to say so. Pure, so the rule is unit-tested without a database
// (test/unit/graphql/read/fact-status.test.ts); the SDL's `status` fields describe the same rule.
import { periodStart } from '../../../../store/node-rows.ts';

export type FactStatus = 'NOT_STARTED' | 'ENDED' | 'CURRENT' | 'STALE';

/** What the rule reads of a source: the publication or as-of date as given (partial), and the day it was read. */
export interface SourceDates {
  readonly published?: unknown;
  readonly dateRead?: unknown;
  readonly [property: string]: unknown;
}

export const DEFAULT_STALE_AFTER_YEARS = 5;

/**
 * The day a source speaks for: its `published` date, else the day it was read. A year or month alone counts from
 * its first day: the document is known to speak for that day at the earliest, so a fact is never called current
 * on a precision the source does not give.
 */
export function asOfDate(source: SourceDates): string | null {
  if (typeof source.published === 'string' && source.published !== '') return periodStart(source.published);
  if (typeof source.dateRead === 'string' && source.dateRead !== '') return source.dateRead.slice(0, 10);
  return null;
}

/** `at` minus whole years, as `YYYY-MM-DD` (29 February falls back to the 28th in a common year). */
export function yearsBefore(at: string, years: number): string {
  const [y, m, d] = at.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Today in UTC, `YYYY-MM-DD`: the default of every `at` argument. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The status of a fact on day `at` (ISO days compare as strings):
 * NOT_STARTED when it begins after `at`; ENDED when it ended before `at`; CURRENT when its known end is not yet
 * reached, or when the end is unknown and its newest source's as-of date is no more than `staleAfterYears` years
 * before `at` (a source newer than `at` counts as fresh); STALE when the end is unknown and the newest source is
 * older, or there is no dated source at all.
 */
export function factStatus(
  period: { readonly sinceDate: string | null; readonly untilDate: string | null },
  sources: readonly SourceDates[],
  at: string,
  staleAfterYears: number = DEFAULT_STALE_AFTER_YEARS,
): FactStatus {
  if (period.sinceDate !== null && period.sinceDate.slice(0, 10) > at) return 'NOT_STARTED';
  if (period.untilDate !== null) return period.untilDate.slice(0, 10) < at ? 'ENDED' : 'CURRENT';
  const newest = sources
    .map(asOfDate)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  if (newest === undefined) return 'STALE';
  return newest >= yearsBefore(at, staleAfterYears) ? 'CURRENT' : 'STALE';
}
