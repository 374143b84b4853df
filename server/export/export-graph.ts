// The graph view that the graph formats are written from: labelled nodes and typed, directed edges with flat
// properties, as Neo4j holds them. Built from a document (document-to-graph.ts) or read from the database.

/** What a Neo4j property can hold once dates are strings; null means "not set" and is not written. */
export type PropertyValue = string | number | boolean | string[] | null;
export type Properties = Record<string, PropertyValue>;

export interface ExportNode {
  id: string;
  /** Most general first, as Neo4j shows them: `Entity`, `Actor`, `Agency`. The last is the node's kind. */
  labels: string[];
  properties: Properties;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Properties;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}
