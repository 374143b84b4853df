// A found network → the columns of NetworkDrawing: one list per field, edges referring to nodes by index.
import type { NetworkEdge, NetworkNode } from './network-shape.ts';

export interface NodeColumns {
  readonly id: string[];
  readonly name: string[];
  readonly kind: (string | null)[];
  readonly distance: (number | null)[];
}

export interface EdgeColumns {
  readonly id: string[];
  readonly source: number[];
  readonly target: number[];
  readonly type: string[];
  readonly role: (string | null)[];
  readonly kind: (string | null)[];
  readonly claim: (string | null)[];
  readonly reach: (string | null)[];
  readonly sources: string[][];
}

export function nodeColumns(nodes: readonly NetworkNode[]): NodeColumns {
  return {
    id: nodes.map((n) => n.id),
    name: nodes.map((n) => n.name),
    kind: nodes.map((n) => n.kind),
    distance: nodes.map((n) => n.distance),
  };
}

/** The edges between known nodes (an edge to a node not in `ids` — none, from the statements — is left out). */
export function edgeColumns(edges: readonly NetworkEdge[], ids: readonly string[]): EdgeColumns {
  const index = new Map(ids.map((id, i) => [id, i]));
  const columns: EdgeColumns = {
    id: [],
    source: [],
    target: [],
    type: [],
    role: [],
    kind: [],
    claim: [],
    reach: [],
    sources: [],
  };
  for (const edge of edges) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined) continue;
    columns.id.push(edge.id);
    columns.source.push(source);
    columns.target.push(target);
    columns.type.push(edge.type);
    columns.role.push(edge.role);
    columns.kind.push(edge.kind);
    columns.claim.push(edge.claim);
    columns.reach.push(edge.reach);
    columns.sources.push(edge.sources);
  }
  return columns;
}
