// Which pairs of measures are worth scoring, without comparing every measure with every other: two measures can
// overlap only if a placement of one lies in the same region as, or below, a placement of the other, and their
// topics lie on one broader chain, i.e. share the chain's top. So each measure is indexed under (region of a
// placement, top of a topic's chain), and each measure looks up its placements' regions and the regions above
// them under its own tops. A federal offer still meets every offer below it with a related topic: that is the
// size of the answer, not of the search.
import type { MeasureFacts } from './facts.ts';
import { broaderChain } from './term-match.ts';

function tops(topics: readonly string[], broader: ReadonlyMap<string, string>): Set<string> {
  return new Set(topics.map((t) => broaderChain(t, broader).at(-1) ?? t));
}

/** Pairs of indexes into `measures` (first < second), each once, in a stable order. */
export function candidatePairs(
  measures: readonly MeasureFacts[],
  broader: ReadonlyMap<string, string>,
): [number, number][] {
  const index = new Map<string, number[]>();
  const topsOf = measures.map((m) => tops(m.topics, broader));
  measures.forEach((m, i) => {
    for (const region of new Set(m.placements.map((p) => p.region))) {
      for (const top of topsOf[i] ?? []) {
        const key = `${region}\u0000${top}`;
        const list = index.get(key);
        if (list) list.push(i);
        else index.set(key, [i]);
      }
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  measures.forEach((m, i) => {
    const regions = new Set(m.placements.flatMap((p) => [p.region, ...p.ancestors]));
    for (const region of regions) {
      for (const top of topsOf[i] ?? []) {
        for (const j of index.get(`${region}\u0000${top}`) ?? []) {
          if (j === i) continue;
          const [a, b] = i < j ? [i, j] : [j, i];
          const key = a * measures.length + b;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([a, b]);
        }
      }
    }
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
