// Communities by Louvain modularity (graphology-communities-louvain). Louvain visits nodes in random order, so the
// generator is seeded and the nodes are inserted in id order: the same data gives the same communities. Isolated
// actors are left out (each would be a "community" of one), and so are pieces of one actor after that.
import louvainImport from 'graphology-communities-louvain';
import { cjsDefault } from './cjs-default.ts';
import type { TieGraph } from './actor-network.ts';
import { seededRandom } from './seeded-random.ts';

const LOUVAIN_SEED = 42;
const louvain = cjsDefault(louvainImport);

export interface Community {
  /** Member ids, sorted; at least two. */
  readonly members: readonly string[];
}

export interface Communities {
  /** Largest first, then by the first member's id. */
  readonly communities: readonly Community[];
  /** Modularity of the partition of the tied actors (0 when there is no tie). */
  readonly modularity: number;
}

export function communities(graph: TieGraph): Communities {
  const tied = graph.copy();
  tied.forEachNode((node) => {
    if (tied.degree(node) === 0) tied.dropNode(node);
  });
  if (tied.size === 0) return { communities: [], modularity: 0 };
  const result = louvain.detailed(tied, { getEdgeWeight: null, rng: seededRandom(LOUVAIN_SEED) });
  const byIndex = new Map<number, string[]>();
  for (const [node, index] of Object.entries(result.communities)) {
    byIndex.set(index, [...(byIndex.get(index) ?? []), node]);
  }
  const found = [...byIndex.values()]
    .filter((members) => members.length >= 2)
    .map((members) => ({ members: members.sort() }))
    .sort((a, b) => b.members.length - a.members.length || (a.members[0]! < b.members[0]! ? -1 : 1));
  return { communities: found, modularity: result.modularity };
}
