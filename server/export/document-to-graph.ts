// An AtlasDocument → the graph the database holds for it: the same labels, a `name` on every node, and the
// PART_OF and SOURCED_FROM relationships the writer derives from the `partOf` and `sources` fields. Terms are
// vocabulary, not nodes of this view.
import type { AtlasDocument, RelationshipRecord } from '../domain/atlas-document.ts';
import { JSON_FIELDS } from '../domain/fields.ts';
import { ACTOR_CLASS_LABELS, actorClassOf } from '../domain/node-kinds.ts';
import type { ExportEdge, ExportGraph, ExportNode, Properties, PropertyValue } from './export-graph.ts';
import { sortDocument } from './sort-document.ts';

/** Fields that become edges (or the node id) rather than properties. */
const NOT_PROPERTIES: readonly string[] = ['id', 'sources', 'partOf'];
const RELATIONSHIP_ENDS: readonly string[] = ['type', 'from', 'to'];

export function documentToGraph(doc: AtlasDocument): ExportGraph {
  const sorted = sortDocument(doc);
  const broader = new Map(
    doc.terms.filter((t) => t.vocabulary === 'actorKind').map((t) => [t.key, t.broader]),
  );
  const classLabels = (kind: string) => {
    const found = actorClassOf(kind, (key) => broader.get(key));
    return found === undefined ? [] : [ACTOR_CLASS_LABELS[found]];
  };
  const records = [
    ...sorted.sources.map((r) => ({ record: r, labels: ['Source'], name: r.title, sources: [] })),
    ...sorted.topics.map((r) => ({ record: r, labels: ['Topic'], name: r.labelDe, sources: r.sources })),
    ...sorted.targetGroups.map((r) => ({
      record: r,
      labels: ['TargetGroup'],
      name: r.labelDe,
      sources: r.sources,
    })),
    ...sorted.regions.map((r) => ({ record: r, labels: ['Region'], name: r.name, sources: r.sources })),
    // The class label as the writer derives it from the document's actorKind terms (an export holds them all);
    // should a kind not resolve, `kind` still says it.
    ...sorted.actors.map((r) => ({
      record: r,
      labels: ['Actor', ...classLabels(r.kind)],
      name: r.name,
      sources: r.sources,
    })),
    ...sorted.programs.map((r) => ({ record: r, labels: ['Program'], name: r.name, sources: r.sources })),
    ...sorted.measures.map((r) => ({ record: r, labels: ['Measure'], name: r.name, sources: r.sources })),
  ];
  const nodes: ExportNode[] = records.map(({ record, labels, name }) => ({
    id: record.id,
    // Every domain node is an :Entity in the database (the id constraint hangs on it).
    labels: ['Entity', ...labels],
    properties: { ...properties(record, NOT_PROPERTIES), name },
  }));
  const edges: ExportEdge[] = [
    ...sorted.relationships.map(relationshipEdge),
    ...sorted.regions.flatMap((r) => (r.partOf === null ? [] : [plainEdge('PART_OF', r.id, r.partOf)])),
    // A set: the database MERGEs one SOURCED_FROM per source, however often a record lists it.
    ...records.flatMap(({ record, sources }) =>
      [...new Set(sources)].map((source) => plainEdge('SOURCED_FROM', record.id, source)),
    ),
  ];
  return { nodes, edges };
}

function relationshipEdge(rel: RelationshipRecord): ExportEdge {
  return {
    id: edgeId(rel.type, rel.from, rel.to, rel.role ?? rel.kind ?? ''),
    type: rel.type,
    source: rel.from,
    target: rel.to,
    properties: properties(rel, RELATIONSHIP_ENDS),
  };
}

function plainEdge(type: string, source: string, target: string): ExportEdge {
  return { id: edgeId(type, source, target, ''), type, source, target, properties: {} };
}

/** Unique: one relationship per type and ends, except COOPERATES_WITH, which is one per kind. */
function edgeId(type: string, from: string, to: string, qualifier: string): string {
  return `${type}:${from}:${to}:${qualifier}`;
}

/** The record's fields as properties, in its own order; unset ones (null, empty lists) left out. */
function properties(record: object, omit: readonly string[]): Properties {
  const out: Properties = {};
  for (const [field, value] of Object.entries(record) as [string, PropertyValue | undefined][]) {
    if (omit.includes(field) || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    // Lists of objects (quantities) become JSON text, as the database stores them.
    if (JSON_FIELDS.has(field)) out[field] = JSON.stringify(value);
    else out[field] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}
