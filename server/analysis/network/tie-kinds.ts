// Which relationships make two actors "tied" in the network analyses. Provenance (SOURCED_FROM) and the region
// hierarchy are never ties: every node cites a source and every actor sits in a region, so either would make a
// source document or the country the network's central hub.

export const TIE_KINDS = ['COOPERATION', 'MEMBERSHIP', 'PART_OF', 'SHARED_WORK'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/**
 * The ties counted when none are asked for: the ones a source states as a relation between two actors.
 * SHARED_WORK (two actors providing, running or funding the same measure or program) is left out by default: it is
 * co-involvement, not a declared tie, and a funder of a large program would be tied to every provider.
 */
export const DEFAULT_TIE_KINDS: readonly TieKind[] = ['COOPERATION', 'MEMBERSHIP', 'PART_OF'];

/** The tie kinds asked for, each once, in a fixed order (so that they make a stable cache key). */
export function normaliseTieKinds(kinds: readonly TieKind[] | null | undefined): readonly TieKind[] {
  if (!kinds) return DEFAULT_TIE_KINDS;
  return TIE_KINDS.filter((kind) => kinds.includes(kind));
}
