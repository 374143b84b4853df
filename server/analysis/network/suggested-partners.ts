// Suggested partners: two actors that work on a common topic for a common target group in the same place, but
// have no tie of any kind — not directly, not through a body both sit in, not as units of one organisation.
// What an actor works on is what it addresses, targets and is active in itself, together with what the measures
// and programs it provides, runs or funds address, target and reach (profiles, cypher/analysis/network-partner-
// profiles.cypher). Bodies are not suggested: joining a body is membership, which bodyGaps looks at.
import type { NetworkActor, Tie } from './actor-network.ts';

export interface Named {
  readonly id: string;
  /** The name; for a topic or target group its German label. */
  readonly name: string;
  /** A topic's or target group's English label. */
  readonly nameEn?: string;
}

export interface PlacedRegion extends Named {
  /** The regions this one lies in (PART_OF*), nearest first. */
  readonly ancestors: readonly string[];
}

export interface PartnerProfile {
  readonly actor: NetworkActor;
  readonly topics: readonly Named[];
  readonly targetGroups: readonly Named[];
  readonly regions: readonly PlacedRegion[];
}

export interface SuggestedPartners {
  readonly first: NetworkActor;
  readonly second: NetworkActor;
  readonly topics: readonly Named[];
  readonly targetGroups: readonly Named[];
  /** Where both are active: a common region, or the narrower of two nested ones. */
  readonly regions: readonly Named[];
  /** True when both are active in one and the same region (not only one inside the other's). */
  readonly sameRegion: boolean;
  /** (Jaccard of topics + Jaccard of target groups + 1 for a same region, ½ for nested ones) / 3, 0–1. */
  readonly score: number;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Pairs tied directly, or through a common body (MEMBERSHIP) or a common organisation (PART_OF). */
export function tiedPairs(ties: readonly Tie[]): Set<string> {
  const pairs = new Set<string>();
  const groups = new Map<string, string[]>();
  for (const tie of ties) {
    pairs.add(pairKey(tie.source, tie.target));
    // MEMBER_OF and PART_OF point from the member or unit to the body or organisation (the tie's target).
    if (tie.kind === 'MEMBERSHIP' || tie.kind === 'PART_OF') pushTo(groups, tie.target, tie.source);
  }
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) pairs.add(pairKey(members[i]!, members[j]!));
    }
  }
  return pairs;
}

function shared(a: readonly Named[], b: readonly Named[]): { common: Named[]; jaccard: number } {
  const ids = new Set(b.map((item) => item.id));
  const common = a.filter((item) => ids.has(item.id));
  const union = new Set([...a.map((item) => item.id), ...ids]).size;
  return { common, jaccard: union === 0 ? 0 : common.length / union };
}

function sharedRegions(a: readonly PlacedRegion[], b: readonly PlacedRegion[]) {
  const found = new Map<string, Named>();
  let same = false;
  for (const ra of a) {
    for (const rb of b) {
      if (ra.id === rb.id) {
        same = true;
        found.set(ra.id, ra);
      } else if (ra.ancestors.includes(rb.id)) found.set(ra.id, ra);
      else if (rb.ancestors.includes(ra.id)) found.set(rb.id, rb);
    }
  }
  return { regions: [...found.values()].sort((x, y) => (x.id < y.id ? -1 : 1)), same };
}

/** One pair's case, or null when the two do not share a topic, a target group and a region. */
export function partnerCase(a: PartnerProfile, b: PartnerProfile): SuggestedPartners | null {
  const topics = shared(a.topics, b.topics);
  if (topics.common.length === 0) return null;
  const groups = shared(a.targetGroups, b.targetGroups);
  if (groups.common.length === 0) return null;
  const place = sharedRegions(a.regions, b.regions);
  if (place.regions.length === 0) return null;
  const [first, second] = a.actor.id < b.actor.id ? [a.actor, b.actor] : [b.actor, a.actor];
  return {
    first,
    second,
    topics: topics.common,
    targetGroups: groups.common,
    regions: place.regions,
    sameRegion: place.same,
    score: (topics.jaccard + groups.jaccard + (place.same ? 1 : 0.5)) / 3,
  };
}

/**
 * Untied pairs with a case, best first (score, then names). With `focus`, only pairs that include that actor.
 * Candidates come from an index by region: an actor is compared only with the actors active in one of its own
 * regions or in a region above one of them (the pairs that can share a region at all), so the work grows with the
 * size of each region's group and with the actors above it — not with the square of the whole country.
 */
export function suggestedPartners(
  profiles: readonly PartnerProfile[],
  ties: readonly Tie[],
  focus: string | null = null,
): SuggestedPartners[] {
  const tied = tiedPairs(ties);
  const candidates = profiles.filter(
    (profile) =>
      profile.actor.actorClass !== 'Body' && profile.topics.length > 0 && profile.targetGroups.length > 0,
  );
  const byRegion = new Map<string, PartnerProfile[]>();
  for (const profile of candidates) {
    for (const region of profile.regions) pushTo(byRegion, region.id, profile);
  }
  const seen = new Set<string>();
  const found: SuggestedPartners[] = [];
  const compare = (a: PartnerProfile, b: PartnerProfile) => {
    if (a === b) return;
    if (focus !== null && a.actor.id !== focus && b.actor.id !== focus) return;
    const key = pairKey(a.actor.id, b.actor.id);
    if (seen.has(key) || tied.has(key)) return;
    seen.add(key);
    const pair = partnerCase(a, b);
    if (pair) found.push(pair);
  };
  const focused = candidates.find((profile) => profile.actor.id === focus);
  for (const a of candidates) {
    const places = new Set(a.regions.flatMap((region) => [region.id, ...region.ancestors]));
    if (focus === null || a === focused) {
      for (const place of places) for (const b of byRegion.get(place) ?? []) compare(a, b);
    } else if (focused?.regions.some((region) => places.has(region.id))) {
      compare(a, focused);
    }
  }
  return found.sort(
    (x, y) =>
      y.score - x.score ||
      x.first.name.localeCompare(y.first.name, 'de') ||
      x.second.name.localeCompare(y.second.name, 'de'),
  );
}
