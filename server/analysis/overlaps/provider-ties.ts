// Whether the providers of two measures are tied: the same organisation, a cooperation, a common body, or one a
// member of the other. PART_OF is not followed (two local branches of one federal association are not tied by
// it), and a collective provider (a group of organisations) shared by both measures is no evidence that one
// organisation runs both, so it is no tie either.
import type { MeasureFacts, ProviderFact, ProviderTies } from './facts.ts';

export type TieKind = 'SAME_PROVIDER' | 'COOPERATION' | 'COMMON_BODY' | 'MEMBERSHIP' | 'SAME_UMBRELLA';

export interface Tie {
  readonly kind: TieKind;
  /** A provider of the first measure; null for SAME_UMBRELLA. */
  readonly first: string | null;
  /** A provider of the second measure; null for SAME_UMBRELLA. */
  readonly second: string | null;
  /** The common body (COMMON_BODY), the body one provider is (MEMBERSHIP), the umbrella measure (SAME_UMBRELLA). */
  readonly via: string | null;
  /** The cooperation's kind (COOPERATION). */
  readonly cooperationKind: string | null;
}

export interface ProviderPair {
  readonly first: string;
  readonly second: string;
}

const NO_TIES: ProviderTies = { partners: [], bodies: [] };

function tiesBetween(p: ProviderFact, q: ProviderFact, ties: ReadonlyMap<string, ProviderTies>): Tie[] {
  if (p.id === q.id) {
    return p.collective
      ? []
      : [{ kind: 'SAME_PROVIDER', first: p.id, second: q.id, via: null, cooperationKind: null }];
  }
  const tp = ties.get(p.id) ?? NO_TIES;
  const tq = ties.get(q.id) ?? NO_TIES;
  const found: Tie[] = [];
  const kinds = new Set([
    ...tp.partners.filter((x) => x.id === q.id).map((x) => x.kind),
    ...tq.partners.filter((x) => x.id === p.id).map((x) => x.kind),
  ]);
  for (const kind of [...kinds].sort()) {
    found.push({ kind: 'COOPERATION', first: p.id, second: q.id, via: null, cooperationKind: kind });
  }
  for (const body of [...new Set(tp.bodies)].sort()) {
    if (tq.bodies.includes(body)) {
      found.push({ kind: 'COMMON_BODY', first: p.id, second: q.id, via: body, cooperationKind: null });
    }
  }
  if (tp.bodies.includes(q.id))
    found.push({ kind: 'MEMBERSHIP', first: p.id, second: q.id, via: q.id, cooperationKind: null });
  if (tq.bodies.includes(p.id))
    found.push({ kind: 'MEMBERSHIP', first: p.id, second: q.id, via: p.id, cooperationKind: null });
  return found;
}

/** Every tie between the two measures; empty when they are uncoordinated. */
export function tiesOf(
  first: MeasureFacts,
  second: MeasureFacts,
  ties: ReadonlyMap<string, ProviderTies>,
): Tie[] {
  const found: Tie[] = [];
  for (const umbrella of first.umbrellas.filter((u) => second.umbrellas.includes(u)).sort()) {
    found.push({ kind: 'SAME_UMBRELLA', first: null, second: null, via: umbrella, cooperationKind: null });
  }
  for (const p of first.providers) for (const q of second.providers) found.push(...tiesBetween(p, q, ties));
  return found;
}

/** The provider pairs with no tie (a shared collective provider included: it may be two organisations). */
export function untiedPairs(first: MeasureFacts, second: MeasureFacts, ties: readonly Tie[]): ProviderPair[] {
  const tied = new Set(ties.map((t) => `${t.first}\u0000${t.second}`));
  const pairs: ProviderPair[] = [];
  for (const p of first.providers) {
    for (const q of second.providers) {
      if (!tied.has(`${p.id}\u0000${q.id}`)) pairs.push({ first: p.id, second: q.id });
    }
  }
  return pairs;
}
