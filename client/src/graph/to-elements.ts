import type { ElementDefinition } from 'cytoscape';
import type { NetworkData } from '../api/operations.ts';

/** The label that decides a node's look: the most specific domain label it carries. */
const KIND_ORDER = [
  'Commissioner',
  'Agency',
  'WelfareOrganisation',
  'CivilSocietyOrganisation',
  'ResearchInstitute',
  'EducationProvider',
  'Body',
  'Program',
  'Measure',
  'Topic',
  'TargetGroup',
  'Region',
  'Source',
] as const;

export type NodeKind = (typeof KIND_ORDER)[number] | 'Other';

export function nodeKind(labels: readonly string[]): NodeKind {
  return KIND_ORDER.find((k) => labels.includes(k)) ?? 'Other';
}

/** API network → Cytoscape elements. Edges whose ends are not in the response are dropped, not drawn dangling. */
export function toElements(network: NetworkData['network']): ElementDefinition[] {
  const ids = new Set(network.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = network.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.name, kind: nodeKind(n.labels) },
  }));
  const edges: ElementDefinition[] = network.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: { id: `e:${e.id}`, source: e.source, target: e.target, type: e.type, role: e.role, kind: e.kind },
    }));
  return [...nodes, ...edges];
}
