// The actor network as an undirected graphology graph: one node per actor (bodies included), one edge per pair of
// tied actors, whatever number of ties of which kinds join them. Nodes are added in id order, so everything
// computed from the graph (components, Louvain, pivots) is the same for the same data.
import { UndirectedGraph } from 'graphology';
import type { TieKind } from './tie-kinds.ts';

export interface NetworkActor {
  readonly id: string;
  readonly name: string;
  /** The actorKind term key, e.g. `agency`, `council`. */
  readonly kind: string | null;
  /** The class label next to `Actor`, e.g. `Agency`, `Body`. */
  readonly actorClass: string | null;
  readonly bodyKind: string | null;
  /** Stands for many organisations (e.g. the integration commissioners of the 16 Länder). */
  readonly collective: boolean;
}

export interface Tie {
  readonly source: string;
  readonly target: string;
  readonly kind: TieKind;
}

export interface ActorNetwork {
  readonly actors: readonly NetworkActor[];
  /** Ties among the actors, each once, self-ties and ties to actors outside the network dropped. */
  readonly ties: readonly Tie[];
}

export type TieGraph = UndirectedGraph<{ actor: NetworkActor }, { kinds: TieKind[] }>;

/** Keeps the ties whose both ends are actors of the network, each kind once per pair. */
export function actorNetwork(actors: readonly NetworkActor[], ties: readonly Tie[]): ActorNetwork {
  const ids = new Set(actors.map((actor) => actor.id));
  const seen = new Set<string>();
  const kept: Tie[] = [];
  for (const tie of ties) {
    if (tie.source === tie.target || !ids.has(tie.source) || !ids.has(tie.target)) continue;
    const [a, b] = tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
    const key = `${a}\u0000${b}\u0000${tie.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ source: a, target: b, kind: tie.kind });
  }
  const sortedActors = [...actors].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { actors: sortedActors, ties: kept };
}

export function tieGraph(network: ActorNetwork): TieGraph {
  const graph: TieGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const actor of network.actors) graph.addNode(actor.id, { actor });
  for (const tie of network.ties) {
    graph.updateEdge(tie.source, tie.target, (attributes) => ({
      kinds: [...(attributes.kinds ?? []), tie.kind],
    }));
  }
  return graph;
}
