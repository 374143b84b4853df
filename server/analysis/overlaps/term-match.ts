// How far two measures share topics (or target groups), where a vocabulary has `broader` chains: a topic matches
// itself, the topics above it and the topics below it, never a sibling.

/** How the second measure's term relates to the first's. */
export type TermRelation = 'SAME' | 'BROADER' | 'NARROWER';

export interface TermMatch {
  /** The term of the first measure of the pair. */
  readonly first: string;
  /** The term of the second measure. */
  readonly second: string;
  readonly relation: TermRelation;
}

/** Depth guard against a cycle in stored data (the import forbids one; a chain is at most a few steps). */
const MAX_CHAIN = 20;

/** Chains computed once per vocabulary map: a national run asks for the same few dozen terms millions of times. */
const chains = new WeakMap<ReadonlyMap<string, string>, Map<string, readonly string[]>>();

/** The terms above `id`, nearest first. */
export function broaderChain(id: string, broader: ReadonlyMap<string, string>): readonly string[] {
  let known = chains.get(broader);
  if (!known) chains.set(broader, (known = new Map<string, readonly string[]>()));
  const cached = known.get(id);
  if (cached) return cached;
  const chain: string[] = [];
  for (let at = broader.get(id); at !== undefined && chain.length < MAX_CHAIN; at = broader.get(at)) {
    if (at === id || chain.includes(at)) break;
    chain.push(at);
  }
  known.set(id, chain);
  return chain;
}

/** Each term with every term above it. */
export function upwardClosure(ids: readonly string[], broader: ReadonlyMap<string, string>): Set<string> {
  return new Set(ids.flatMap((id) => [id, ...broaderChain(id, broader)]));
}

/** Every pair of terms, one from each side, that are the same or lie on one chain; ordered by the first, then second. */
export function termMatches(
  first: readonly string[],
  second: readonly string[],
  broader: ReadonlyMap<string, string>,
): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const a of [...first].sort()) {
    const aboveA = broaderChain(a, broader);
    for (const b of [...second].sort()) {
      if (a === b) matches.push({ first: a, second: b, relation: 'SAME' });
      else if (aboveA.includes(b)) matches.push({ first: a, second: b, relation: 'BROADER' });
      else if (broaderChain(b, broader).includes(a))
        matches.push({ first: a, second: b, relation: 'NARROWER' });
    }
  }
  return matches;
}

/**
 * Jaccard similarity of the two upward closures: 1 for the same terms; a topic against its broader topic gives
 * 1/2 (the closures {narrow, broad} and {broad}); unrelated extra terms on either side lower it.
 */
export function closureJaccard(
  first: readonly string[],
  second: readonly string[],
  broader: ReadonlyMap<string, string>,
): number {
  const a = upwardClosure(first, broader);
  const b = upwardClosure(second, broader);
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
