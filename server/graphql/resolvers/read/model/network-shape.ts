// Nodes and edges as the network and path statements return them → NetworkNode and NetworkEdge.
import { kindLabelOf, type KindLabel } from '../../../../domain/node-kinds.ts';
import { stringList, stringOrNull } from './entity-record.ts';

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  readonly labels: string[];
  readonly kind: KindLabel | null;
  readonly distance: number | null;
}

export interface NetworkEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly role: string | null;
  readonly kind: string | null;
  readonly claim: string | null;
  readonly reach: string | null;
  readonly sources: string[];
}

function fields(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export function toNetworkNodes(value: unknown): NetworkNode[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const n = fields(item);
    const labels = stringList(n.labels);
    return {
      id: String(n.id),
      name: String(n.name),
      labels,
      kind: kindLabelOf(labels),
      distance: typeof n.distance === 'number' ? n.distance : null,
    };
  });
}

export function toNetworkEdges(value: unknown): NetworkEdge[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const e = fields(item);
    return {
      id: String(e.id),
      source: String(e.source),
      target: String(e.target),
      type: String(e.type),
      role: stringOrNull(e.role),
      kind: stringOrNull(e.kind),
      claim: stringOrNull(e.claim),
      reach: stringOrNull(e.reach),
      sources: stringList(e.sources),
    };
  });
}
