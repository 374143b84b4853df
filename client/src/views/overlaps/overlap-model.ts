// One overlap finding as the list shows it: the score as a bar width and a number, the providers grouped by
// measure, the missing ties in words, and the ids the network view focuses on. Pure, so it is tested without a
// browser.
import type { OverlapsQuery } from '../../api/generated/operations.ts';
import type { UiLanguage } from '../../app/url-state.ts';

export type Overlap = OverlapsQuery['overlaps'][number];

interface Named {
  readonly id: string;
  readonly name: string;
}

/** The bar's width in percent of the full bar: the score (0–1) scaled, clamped, to one decimal place. */
export function scoreWidth(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 10;
}

/** The API's default minimum score: what the list starts with. */
export const DEFAULT_MIN_SCORE = 0.5;

/** A minimum score from the range input: on the 0.1 grid within 0–1; anything else gives the default. */
export function minScoreFrom(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return DEFAULT_MIN_SCORE;
  return Math.round(Math.min(1, Math.max(0, number)) * 10) / 10;
}

/** A score in the page's language with fixed decimals: `0,33` in German, `0.33` in English. */
export function formatScore(score: number, lang: UiLanguage, digits = 2): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(score);
}

/** The two measures first (the first is selected in the network), then every provider, each once. */
export function networkFocus(overlap: Overlap): string[] {
  return [...new Set([...overlap.measures.map((m) => m.id), ...overlap.providers.map((p) => p.actor.id)])];
}

export interface MeasureProviders {
  readonly measure: Named;
  readonly providers: readonly (Named & { readonly collective: boolean })[];
}

/** Each measure with its providers, in the order of `measures`; a measure may have none in the answer. */
export function providersByMeasure(overlap: Overlap): MeasureProviders[] {
  return overlap.measures.map((measure) => ({
    measure,
    providers: overlap.providers
      .filter((p) => p.measure.id === measure.id)
      .map((p) => ({ id: p.actor.id, name: p.actor.name, collective: p.collective })),
  }));
}

export type MissingTie =
  | { readonly kind: 'pair'; readonly first: Named; readonly second: Named }
  /** One collective actor provides both measures: it may stand for two organisations, so it is no tie. */
  | { readonly kind: 'sameCollective'; readonly actor: Named };

/** The provider pairs without a tie, each unordered pair once. */
export function missingTies(overlap: Overlap): MissingTie[] {
  const seen = new Set<string>();
  const ties: MissingTie[] = [];
  for (const { first, second } of overlap.untiedProviders) {
    const key = [first.id, second.id].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push(
      first.id === second.id ? { kind: 'sameCollective', actor: first } : { kind: 'pair', first, second },
    );
  }
  return ties;
}

type Tie = Overlap['ties'][number];

/** What a tie runs through, by name: the body or umbrella when there is one, else the providers, each once. */
export function tieNames(tie: Tie): string[] {
  if (tie.via) return [tie.via.name];
  return [
    ...new Set([tie.first?.name, tie.second?.name].filter((name): name is string => name !== undefined)),
  ];
}

export interface TieLine {
  readonly kind: Tie['kind'];
  readonly names: readonly string[];
}

/** The ties as lines to show: kind and names, each line once (a membership may be recorded both ways). */
export function tieLines(overlap: Overlap): TieLine[] {
  const seen = new Set<string>();
  const lines: TieLine[] = [];
  for (const tie of overlap.ties) {
    const names = tieNames(tie);
    const key = [tie.kind, ...names].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ kind: tie.kind, names });
  }
  return lines;
}

/** Names as a list in running text: `A und B`, `A, B und C` (`A, B and C` in English). */
export function listNames(names: readonly string[], lang: UiLanguage): string {
  return new Intl.ListFormat(lang === 'de' ? 'de-DE' : 'en-GB', { type: 'conjunction' }).format(names);
}

/** How many findings lack a tie between their providers. */
export function countUncoordinated(overlaps: readonly Pick<Overlap, 'coordinated'>[]): number {
  return overlaps.filter((o) => !o.coordinated).length;
}

/** The list grows by this many findings at a time ("Weitere 50 zeigen"), up to the API's most, OVERLAPS_MOST. */
export const OVERLAPS_STEP = 50;
export const OVERLAPS_MOST = 200;

/**
 * How many findings to ask for to show `shown`: one more, so the answer tells whether there are more — the API
 * gives no total. At the API's most (200) there is no one more to ask for.
 */
export function overlapsToAsk(shown: number): number {
  return Math.min(shown + 1, OVERLAPS_MOST);
}

/** Whether findings beyond those shown exist: `yes`, `no`, or `unknown` when the API's most was reached. */
export type MoreOverlaps = 'yes' | 'no' | 'unknown';

/** The findings to show from an answer to `overlapsToAsk(shown)`, and whether there are more. */
export function shownOverlaps<T>(
  answer: readonly T[],
  shown: number,
): { readonly items: readonly T[]; readonly more: MoreOverlaps } {
  const items = answer.slice(0, shown);
  if (answer.length > shown) return { items, more: 'yes' };
  return { items, more: answer.length >= OVERLAPS_MOST ? 'unknown' : 'no' };
}

/** How many findings "show more" adds to `shown`: up to OVERLAPS_STEP, none at the API's most. */
export function moreStep(shown: number): number {
  return Math.max(0, Math.min(OVERLAPS_STEP, OVERLAPS_MOST - shown));
}
