// Betweenness centrality of an unweighted undirected graph, normalised as networkx does (the share of the
// shortest paths between other pairs that pass through a node, 0–1). Exact (Brandes 2001, graphology-metrics)
// up to EXACT_LIMIT nodes; above it, Brandes' single-source accumulation from `pivots` seeded random sources,
// scaled by n / pivots (Brandes & Pich 2007), which is an unbiased estimate and costs pivots / n of the exact one.
// graphology-metrics cannot sample, so the sampled path uses the same library's single-source routine
// (graphology-shortest-path's indexed Brandes) and only the accumulation is ours.
import type { UndirectedGraph } from 'graphology';
import betweennessImport from 'graphology-metrics/centrality/betweenness.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { cjsDefault } from './cjs-default.ts';
import { sampleIndices, seededRandom } from './seeded-random.ts';

/** Exact Brandes is O(n·m): measured 2.0 s at 2,000 actors with ~2 ties each, 48 s at 10,000 (docs/analysis.md). */
export const EXACT_LIMIT = 2000;
/** Pivots for the sampled estimate: at 10,000 actors ~1 s, top-20 Spearman 0.95 against exact (docs/analysis.md). */
export const DEFAULT_PIVOTS = 300;
const PIVOT_SEED = 0x5eed;
const betweennessCentrality = cjsDefault(betweennessImport);

export interface Betweenness {
  readonly scores: ReadonlyMap<string, number>;
  /** null when exact; else the number of sources the estimate is accumulated from. */
  readonly pivots: number | null;
}

export function betweenness(
  graph: UndirectedGraph,
  options: { exactLimit?: number; pivots?: number } = {},
): Betweenness {
  const exactLimit = options.exactLimit ?? EXACT_LIMIT;
  // An empty graph (a region whose actors have none of the chosen ties) has no paths; the library cannot size its
  // queue for zero nodes and throws.
  if (graph.order === 0) return { scores: new Map(), pivots: null };
  if (graph.order <= exactLimit) {
    const scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { scores: new Map(Object.entries(scores)), pivots: null };
  }
  return sampledBetweenness(graph, options.pivots ?? DEFAULT_PIVOTS);
}

/** The estimate from `pivots` seeded random sources (all sources when pivots >= n: then it is exact). */
export function sampledBetweenness(graph: UndirectedGraph, pivots: number, seed = PIVOT_SEED): Betweenness {
  const n = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph);
  const sources = sampleIndices(n, pivots, seededRandom(seed));
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  // Each unordered pair is reached from both ends when every node is a source; (n-1)(n-2) normalises that sum.
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  const scores = new Map<string, number>();
  // The types declare `index` on the factory; the code puts it on the function it returns.
  const { index } = brandes as unknown as { index: { nodes: string[] } };
  index.nodes.forEach((node, position) => scores.set(node, centrality[position]! * scale));
  return { scores, pivots: sources.length };
}
