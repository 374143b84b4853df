// Whether two measures reach the same places, by the reach rules of Region.offers: only a `whole` placement
// covers the regions inside its region; `namedPlaces` and `unknownPlaces` reach only some places in it.
import type { Placement, Reach } from './facts.ts';

/**
 * SAME_REGION: both whole in one region — a duplicate everywhere either is offered.
 * COVERS: one is whole in a region that holds the other's placement (the same region with a partial reach, or a
 *   region inside it) — certainly duplicated wherever the smaller one is, but only there.
 * SAME_REGION_PLACES: both partial in one region — both at some places in it, which may or may not be the same.
 * POSSIBLE: one is partial in a region that holds the other's region — the partial one may be elsewhere in it.
 */
export type ReachRelation = 'SAME_REGION' | 'COVERS' | 'SAME_REGION_PLACES' | 'POSSIBLE';

export const REACH_FACTOR: Readonly<Record<ReachRelation, number>> = {
  SAME_REGION: 1,
  COVERS: 0.8,
  SAME_REGION_PLACES: 0.5,
  POSSIBLE: 0.3,
};

export interface ReachOverlap {
  readonly relation: ReachRelation;
  readonly factor: number;
  /** Where both are offered: the smaller of the two placements' regions. */
  readonly region: string;
  readonly first: { readonly region: string; readonly reach: Reach };
  readonly second: { readonly region: string; readonly reach: Reach };
}

function relationOf(a: Placement, b: Placement): { relation: ReachRelation; region: string } | null {
  const aWhole = a.reach === 'whole';
  const bWhole = b.reach === 'whole';
  if (a.region === b.region) {
    if (aWhole && bWhole) return { relation: 'SAME_REGION', region: a.region };
    if (aWhole || bWhole) return { relation: 'COVERS', region: a.region };
    return { relation: 'SAME_REGION_PLACES', region: a.region };
  }
  if (b.ancestors.includes(a.region)) return { relation: aWhole ? 'COVERS' : 'POSSIBLE', region: b.region };
  if (a.ancestors.includes(b.region)) return { relation: bWhole ? 'COVERS' : 'POSSIBLE', region: a.region };
  return null;
}

/**
 * The strongest reach overlap of any two placements, one of each measure (ties: the smaller shared region, i.e.
 * the one with more regions above it, then by id); null when no placement of one lies in or above the other's.
 */
export function reachOverlap(first: readonly Placement[], second: readonly Placement[]): ReachOverlap | null {
  let best: ReachOverlap | null = null;
  let bestDepth = -1;
  for (const a of first) {
    for (const b of second) {
      const found = relationOf(a, b);
      if (found === null) continue;
      const factor = REACH_FACTOR[found.relation];
      const depth = Math.max(a.ancestors.length, b.ancestors.length);
      const better =
        best === null ||
        factor > best.factor ||
        (factor === best.factor &&
          (depth > bestDepth || (depth === bestDepth && found.region < best.region)));
      if (better) {
        best = {
          ...found,
          factor,
          first: { region: a.region, reach: a.reach },
          second: { region: b.region, reach: b.reach },
        };
        bestDepth = depth;
      }
    }
  }
  return best;
}
