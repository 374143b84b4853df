// An ExportGraph → GraphML for Gephi, Cytoscape desktop and networkx. What they have in common decides the
// shape: typed <key> declarations before the graph, attribute names that are plain identifiers, a `label`
// attribute (the one Gephi shows), unique ids and no edge to a missing node (networkx and Gephi refuse those).
import { ExportError } from './export-error.ts';
import type { ExportEdge, ExportGraph, ExportNode } from './export-graph.ts';
import {
  attributeNames,
  flattenProperties,
  inferKeys,
  type AttributeKey,
  type AttributeValue,
  type Attributes,
} from './graphml-attributes.ts';
import { xmlAttribute, xmlText } from './xml-text.ts';

export interface GraphmlOptions {
  /** Written as the graph attribute `title` (networkx: `G.graph['title']`). */
  title?: string;
}

const NODE_ATTRIBUTES = ['labels', 'kind', 'label'] as const;
const EDGE_ATTRIBUTES = ['type', 'label'] as const;
/** Renamed when a property has one of these names: `id`, `source` and `target` would read as the element's own. */
const NODE_RESERVED = ['id', ...NODE_ATTRIBUTES];
const EDGE_RESERVED = ['id', 'source', 'target', ...EDGE_ATTRIBUTES];
const TITLE_KEY: AttributeKey = { name: 'title', type: 'string' };

export function toGraphml(graph: ExportGraph, options: GraphmlOptions = {}): string {
  checkIds(graph);
  const nodeNames = attributeNames(
    graph.nodes.flatMap((node) => Object.keys(node.properties)),
    NODE_RESERVED,
  );
  const edgeNames = attributeNames(
    graph.edges.flatMap((edge) => Object.keys(edge.properties)),
    EDGE_RESERVED,
  );
  const nodes = graph.nodes.map(
    (node) => new Map([...nodeAttributes(node), ...flattenProperties(node.properties, nodeNames)]),
  );
  const edges = graph.edges.map(
    (edge) => new Map([...edgeAttributes(edge), ...flattenProperties(edge.properties, edgeNames)]),
  );
  const nodeKeys = inferKeys(NODE_ATTRIBUTES, nodes);
  const edgeKeys = inferKeys(EDGE_ATTRIBUTES, edges);
  const title = options.title;

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...(title === undefined ? [] : [keyLine('graph', TITLE_KEY)]),
    ...nodeKeys.map((key) => keyLine('node', key)),
    ...edgeKeys.map((key) => keyLine('edge', key)),
    '  <graph id="G" edgedefault="directed">',
    ...(title === undefined ? [] : [`    ${dataLine('graph', TITLE_KEY, title)}`]),
    ...graph.nodes.flatMap((node, index) =>
      element(`<node id="${xmlAttribute(node.id)}"`, 'node', nodeKeys, nodes[index]),
    ),
    ...graph.edges.flatMap((edge, index) =>
      element(
        `<edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}"`,
        'edge',
        edgeKeys,
        edges[index],
      ),
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

function nodeAttributes(node: ExportNode): [string, AttributeValue][] {
  const attributes: [string, AttributeValue][] = [];
  const kind = node.labels.at(-1);
  if (kind !== undefined) {
    attributes.push(['labels', node.labels.map((label) => `:${label}`).join('')], ['kind', kind]);
  }
  const name = node.properties.name;
  attributes.push(['label', typeof name === 'string' && name !== '' ? name : node.id]);
  return attributes;
}

function edgeAttributes(edge: ExportEdge): [string, AttributeValue][] {
  return [
    ['type', edge.type],
    ['label', edge.type],
  ];
}

type Domain = 'graph' | 'node' | 'edge';

function keyId(domain: Domain, name: string): string {
  return `${domain[0] ?? ''}_${name}`;
}

function keyLine(domain: Domain, key: AttributeKey): string {
  return `  <key id="${keyId(domain, key.name)}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}"/>`;
}

function dataLine(domain: Domain, key: AttributeKey, value: AttributeValue): string {
  return `<data key="${keyId(domain, key.name)}">${xmlText(String(value))}</data>`;
}

/** The element with one <data> per set attribute, in key order. */
function element(
  open: string,
  domain: Domain,
  keys: readonly AttributeKey[],
  row: Attributes | undefined,
): string[] {
  const data = keys.flatMap((key) => {
    const value = row?.get(key.name);
    return value === undefined ? [] : [`      ${dataLine(domain, key, value)}`];
  });
  if (data.length === 0) return [`    ${open}/>`];
  return [`    ${open}>`, ...data, `    </${domain}>`];
}

/** Ids compared as written: two ids that differ only in characters XML drops would meet in the file. */
function checkIds(graph: ExportGraph): void {
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
    const id = xmlAttribute(node.id);
    if (nodeIds.has(id))
      throw new ExportError('DUPLICATE_ID', `two nodes have the id "${node.id}"`, { node: node.id });
    nodeIds.add(id);
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    const id = xmlAttribute(edge.id);
    if (edgeIds.has(id))
      throw new ExportError('DUPLICATE_ID', `two edges have the id "${edge.id}"`, { edge: edge.id });
    edgeIds.add(id);
    for (const end of [edge.source, edge.target]) {
      if (!nodeIds.has(xmlAttribute(end))) {
        const message = `edge "${edge.id}" (${edge.type}) refers to node "${end}", which is not in the graph`;
        throw new ExportError('DANGLING_EDGE', message, { edge: edge.id, node: end });
      }
    }
  }
}
