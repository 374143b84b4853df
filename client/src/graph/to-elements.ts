import type { ElementDefinition } from 'cytoscape';
import type { NetworkQuery } from '../api/generated/operations.ts';
import type { EntityKind } from '../api/generated/schema-enums.ts';

/** What decides a node's look: its kind as the API names it, or OTHER for a node without a kind label. */
export type NodeKind = EntityKind | 'OTHER';

/** API network → Cytoscape elements. Edges whose ends are not in the response are dropped, not drawn dangling. */
export function toElements(network: NetworkQuery['network']): ElementDefinition[] {
  const ids = new Set(network.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = network.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.name, kind: n.kind ?? 'OTHER' },
  }));
  const edges: ElementDefinition[] = network.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: { id: `e:${e.id}`, source: e.source, target: e.target, type: e.type, role: e.role, kind: e.kind },
    }));
  return [...nodes, ...edges];
}
