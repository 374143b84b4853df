// What the network view draws, as plain data: the nodes and edges of the answer, which of them are emphasised
// (kind filter), the legend's counts, and the table's rows — one model for the graph and its twin, the table.
import type { EntityKind } from '../../api/generated/schema-enums.ts';
import type { NodeKind } from '../../graph/to-elements.ts';
import type { ViewEdge, ViewNode } from './drawing-model.ts';

export type { ViewEdge, ViewNode };

export interface ViewModel {
  readonly nodes: readonly ViewNode[];
  readonly edges: readonly ViewEdge[];
  /** Ids of the nodes and edges that are not emphasised (faded, or hidden with the switch). */
  readonly faded: ReadonlySet<string>;
  /** One row per kind on screen: how many nodes, how many of them emphasised. */
  readonly legend: readonly { kind: NodeKind; count: number; emphasised: number }[];
  /** Connections per node among the nodes on screen. */
  readonly degree: ReadonlyMap<string, number>;
}

export const edgeElementId = (edge: Pick<ViewEdge, 'id'>) => `e:${edge.id}`;

export const kindOf = (node: Pick<ViewNode, 'kind'>): NodeKind => node.kind ?? 'OTHER';

/**
 * The model for an answer and the kinds asked for (empty: all). A node is emphasised when its kind is asked for;
 * an edge when both its ends are. Edges to nodes outside the answer are dropped.
 */
export function viewModel(
  network: { readonly nodes: readonly ViewNode[]; readonly edges: readonly ViewEdge[] },
  kinds: readonly EntityKind[],
  matching: ReadonlySet<string> | null = null,
): ViewModel {
  const ids = new Set(network.nodes.map((n) => n.id));
  const edges = network.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const wanted = new Set<string>(kinds);
  const relevant = matching === null ? null : withCarriers(matching, edges);
  const faded = new Set<string>();
  for (const node of network.nodes) {
    if (wanted.size > 0 && !wanted.has(kindOf(node))) faded.add(node.id);
    else if (relevant !== null && !relevant.has(node.id)) faded.add(node.id);
  }
  for (const edge of edges) {
    if (faded.has(edge.source) || faded.has(edge.target)) faded.add(edgeElementId(edge));
  }
  const legend = new Map<NodeKind, { kind: NodeKind; count: number; emphasised: number }>();
  for (const node of network.nodes) {
    const kind = kindOf(node);
    const row = legend.get(kind) ?? { kind, count: 0, emphasised: 0 };
    row.count += 1;
    if (!faded.has(node.id)) row.emphasised += 1;
    legend.set(kind, row);
  }
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return {
    nodes: network.nodes,
    edges,
    faded,
    legend: [...legend.values()].sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1)),
    degree,
  };
}

/** The ties by which an actor carries an initiative: it provides, runs, funds or implements it. */
const CARRYING: ReadonlySet<string> = new Set(['PROVIDES', 'RUNS', 'FUNDS', 'IMPLEMENTS']);

/**
 * The initiatives that match a topic or target group filter, with the actors on screen that carry them — so
 * "what exists for refugees" keeps who offers it emphasised, not only the offers.
 */
export function withCarriers(matching: ReadonlySet<string>, edges: readonly ViewEdge[]): Set<string> {
  const found = new Set(matching);
  for (const edge of edges) {
    if (CARRYING.has(edge.type) && matching.has(edge.target)) found.add(edge.source);
  }
  return found;
}

/** Ids of the node's neighbours on screen. */
export function neighboursOf(model: ViewModel, id: string): string[] {
  const found = new Set<string>();
  for (const edge of model.edges) {
    if (edge.source === id) found.add(edge.target);
    if (edge.target === id) found.add(edge.source);
  }
  found.delete(id);
  return [...found];
}

/**
 * The shortest paths between two actors as one network to draw: every node and edge on any of them, each node's
 * distance its step along the path (the start 0), so the rings layout lines the paths up from the start.
 */
export function pathNetwork(paths: readonly { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] }[]): {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
} {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  for (const path of paths) {
    path.nodes.forEach((node, step) => {
      const known = nodes.get(node.id);
      if (!known || (known.distance ?? 0) > step) nodes.set(node.id, { ...node, distance: step });
    });
    for (const edge of path.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}
