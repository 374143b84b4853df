// Reads GraphML back the way the tests need it: well-formedness checked by fast-xml-parser, then keys, nodes and
// edges as plain objects with every attribute value as the text a GraphML reader would see.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ParsedKey {
  id: string;
  for: string;
  name: string;
  type: string;
}

export interface ParsedElement {
  id: string;
  source?: string;
  target?: string;
  /** attr.name → text, resolved through the keys. */
  data: Record<string, string>;
}

export interface ParsedGraphml {
  root: Record<string, string>;
  edgedefault: string;
  keys: ParsedKey[];
  graphData: Record<string, string>;
  nodes: ParsedElement[];
  edges: ParsedElement[];
}

interface RawData {
  '@_key': string;
  '#text'?: string;
}
interface RawElement {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: RawData[];
}

export function readGraphml(xml: string): ParsedGraphml {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Numeric character references (`&#13;`) are decoded only with this on.
    htmlEntities: true,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  });
  const doc = parser.parse(xml) as {
    graphml: Record<string, string> & {
      key?: Record<string, string>[];
      graph: { '@_edgedefault': string; data?: RawData[]; node?: RawElement[]; edge?: RawElement[] };
    };
  };
  const { key: rawKeys = [], graph, ...rest } = doc.graphml;
  const root = Object.fromEntries(Object.entries(rest).filter(([name]) => name.startsWith('@_')));
  const keys = rawKeys.map((key) => ({
    id: key['@_id'] ?? '',
    for: key['@_for'] ?? '',
    name: key['@_attr.name'] ?? '',
    type: key['@_attr.type'] ?? '',
  }));
  const names = new Map(keys.map((key) => [key.id, key.name]));
  const data = (raw: RawData[] = []) =>
    Object.fromEntries(
      raw.map((entry) => [names.get(entry['@_key']) ?? `?${entry['@_key']}`, entry['#text'] ?? '']),
    );
  const element = (raw: RawElement): ParsedElement => ({
    id: raw['@_id'],
    ...(raw['@_source'] === undefined ? {} : { source: raw['@_source'] }),
    ...(raw['@_target'] === undefined ? {} : { target: raw['@_target'] }),
    data: data(raw.data),
  });
  return {
    root,
    edgedefault: graph['@_edgedefault'],
    keys,
    graphData: data(graph.data),
    nodes: (graph.node ?? []).map(element),
    edges: (graph.edge ?? []).map(element),
  };
}
