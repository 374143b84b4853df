// The network answers the view draws from (networkDrawing: one list per field, edges by node index) → nodes and
// edges as objects, and the server's positions by node id when it laid a large network out.
import type { NetworkDrawingQuery, PathQuery } from '../../api/generated/operations.ts';

export type ViewNode = PathQuery['path'][number]['nodes'][number];
export type ViewEdge = PathQuery['path'][number]['edges'][number];
export type Drawing = NetworkDrawingQuery['networkDrawing'];

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface FoundNetwork {
  readonly nodes: readonly ViewNode[];
  readonly edges: readonly ViewEdge[];
  readonly truncated: boolean;
  /** The server's layout (networks above its `serverLayoutFrom`), else null: the browser lays it out. */
  readonly positions: ReadonlyMap<string, Position> | null;
}

export const NO_NETWORK: FoundNetwork = { nodes: [], edges: [], truncated: false, positions: null };

/** Columns → objects. Fails loudly on columns of unequal length or an edge index outside the nodes. */
export function fromDrawing(drawing: Drawing): FoundNetwork {
  const n = drawing.nodes;
  const e = drawing.edges;
  const nodeCount = n.id.length;
  const edgeCount = e.id.length;
  const lengths = [n.name, n.kind, n.distance].map((column) => column.length);
  const edgeLengths = [e.source, e.target, e.type, e.role, e.kind, e.claim, e.reach, e.sources].map(
    (c) => c.length,
  );
  if (lengths.some((l) => l !== nodeCount) || edgeLengths.some((l) => l !== edgeCount)) {
    throw new Error('networkDrawing: columns of unequal length');
  }
  const nodes: ViewNode[] = n.id.map((id, i) => ({
    id,
    name: n.name[i]!,
    kind: n.kind[i] ?? null,
    distance: n.distance[i] ?? null,
  }));
  const endOf = (index: number) => {
    const node = nodes[index];
    if (node === undefined)
      throw new Error(`networkDrawing: edge end ${index} outside the ${nodeCount} nodes`);
    return node.id;
  };
  const edges: ViewEdge[] = e.id.map((id, i) => ({
    id,
    source: endOf(e.source[i]!),
    target: endOf(e.target[i]!),
    type: e.type[i]!,
    role: e.role[i] ?? null,
    kind: e.kind[i] ?? null,
    claim: e.claim[i] ?? null,
    reach: e.reach[i] ?? null,
    sources: e.sources[i]!,
  }));
  let positions: Map<string, Position> | null = null;
  if (
    drawing.positioned &&
    n.x !== null &&
    n.y !== null &&
    n.x.length === nodeCount &&
    n.y.length === nodeCount
  ) {
    positions = new Map(nodes.map((node, i) => [node.id, { x: n.x![i]!, y: n.y![i]! }]));
  }
  return { nodes, edges, truncated: drawing.truncated, positions };
}
