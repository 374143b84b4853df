// Which bodies the matrix shows at a time. A Kreis has a few bodies and sees them all; a Land or the whole country
// has hundreds (54 in North Rhine-Westphalia at national scale, 421 in Germany), whose members together make a
// matrix of tens of thousands of cells that freezes the page and that nobody can read. Above PAGED_ABOVE bodies the
// matrix shows BODIES_PER_PAGE of them at a time, found by a filter on their names. Pure, so it is tested without
// a browser.
import type { Named } from './body-matrix.ts';

/** Up to this many bodies, the matrix shows them all (a Kreis' working groups, steering groups, councils). */
export const PAGED_ABOVE = 12;
export const BODIES_PER_PAGE = 10;

export function isPaged(bodies: number): boolean {
  return bodies > PAGED_ABOVE;
}

/** One page of a list: its items, its 1-based first and last position, the list's length, the page and pages. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly first: number;
  readonly last: number;
  readonly total: number;
  /** 0-based, clamped to the pages there are. */
  readonly index: number;
  readonly count: number;
}

/** Page `index` of `items`; an index past either end gives the nearest page, an empty list one empty page. */
export function pageOf<T>(items: readonly T[], index: number, size: number): Page<T> {
  const count = Math.max(1, Math.ceil(items.length / size));
  const clamped = Number.isFinite(index) ? Math.min(count - 1, Math.max(0, Math.trunc(index))) : 0;
  const slice = items.slice(clamped * size, (clamped + 1) * size);
  return {
    items: slice,
    first: slice.length === 0 ? 0 : clamped * size + 1,
    last: clamped * size + slice.length,
    total: items.length,
    index: clamped,
    count,
  };
}

/**
 * A name as the filter compares it: lower case, umlauts and accents folded to their base letter, `ß` as `ss`,
 * runs of spaces as one ("Köln", "koln" and "KÖLN" match one another).
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bodies whose name holds every word of `text`, in their order; an empty text keeps them all. */
export function filterBodies<T extends Named>(bodies: readonly T[], text: string): readonly T[] {
  const words = foldName(text).split(' ').filter(Boolean);
  if (words.length === 0) return bodies;
  return bodies.filter((body) => {
    const name = foldName(body.name);
    return words.every((word) => name.includes(word));
  });
}
