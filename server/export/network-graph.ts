// The network of who works with whom, for network measures in Gephi, Cytoscape desktop or networkx: only actors
// (bodies included), programs and measures, and the relationships among them. Provenance (sources) and the
// context of a node (its regions, topics and target groups) become attributes of the node or edge instead of
// nodes of their own: exported as nodes, a source document and the country node are the top "brokers" of any
// betweenness ranking, because every fact links to them.
import type { ExportEdge, ExportGraph, ExportNode } from './export-graph.ts';

const NETWORK_LABELS = ['Actor', 'Program', 'Measure'];
/** Relationship types whose far end becomes an attribute of the near one, and the attribute's name. */
const CONTEXT_ATTRIBUTES: Readonly<Record<string, string>> = {
  ACTIVE_IN: 'activeIn',
  LOCATED_IN: 'locatedIn',
  ADDRESSES: 'topics',
  TARGETS: 'targetGroups',
  SOURCED_FROM: 'sources',
};

export function networkGraph(graph: ExportGraph): ExportGraph {
  const kept = new Set(
    graph.nodes.filter((n) => n.labels.some((label) => NETWORK_LABELS.includes(label))).map((n) => n.id),
  );
  const context = new Map<string, Map<string, string[]>>();
  for (const edge of graph.edges) {
    const attribute = CONTEXT_ATTRIBUTES[edge.type];
    if (attribute === undefined || !kept.has(edge.source)) continue;
    const ofNode = context.get(edge.source) ?? new Map<string, string[]>();
    context.set(edge.source, ofNode);
    ofNode.set(attribute, [...(ofNode.get(attribute) ?? []), edge.target]);
  }
  const nodes: ExportNode[] = graph.nodes
    .filter((node) => kept.has(node.id))
    .map((node) => ({
      ...node,
      properties: { ...node.properties, ...Object.fromEntries(context.get(node.id) ?? []) },
    }));
  const edges: ExportEdge[] = graph.edges.filter(
    (edge) => CONTEXT_ATTRIBUTES[edge.type] === undefined && kept.has(edge.source) && kept.has(edge.target),
  );
  return { nodes, edges };
}
