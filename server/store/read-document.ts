// Reads the graph back into the import format: the export's source, and the "before" side of an import's diff.
// Records are rebuilt from stored properties through the same schemas the importer uses, so an imported record
// and the record read back compare equal when nothing changed.
import type { Database } from '../db/database.ts';
import { cypherFile } from '../db/cypher-file.ts';
import {
  emptyDocument,
  SECTION_SCHEMAS,
  type AtlasDocument,
  type RelationshipRecord,
  type SectionName,
} from '../domain/atlas-document.ts';
import { JSON_FIELDS } from '../domain/fields.ts';

const READ_ENTITIES = cypherFile('export/read-entities');
const READ_TERMS = cypherFile('export/read-terms');
const READ_RELATIONSHIPS = cypherFile('export/read-relationships');
const READ_TOUCHING = cypherFile('export/read-relationships-touching');

interface EntityResult {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  sources: string[];
  partOf: string | null;
}

interface RelationshipResult {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const SECTION_BY_LABEL: readonly [string, SectionName][] = [
  ['Source', 'sources'],
  ['Topic', 'topics'],
  ['TargetGroup', 'targetGroups'],
  ['Region', 'regions'],
  ['Actor', 'actors'],
  ['Program', 'programs'],
  ['Measure', 'measures'],
];

function pick(schemaSection: SectionName, fields: Record<string, unknown>): unknown {
  const shape = SECTION_SCHEMAS[schemaSection].shape as Record<string, unknown>;
  // Lists of objects are stored as JSON text (Neo4j properties hold no maps).
  const value = (k: string) =>
    JSON_FIELDS.has(k) && typeof fields[k] === 'string' ? (JSON.parse(fields[k]) as unknown) : fields[k];
  return Object.fromEntries(Object.keys(shape).map((k) => [k, value(k) ?? null]));
}

export function entityToRecord(row: EntityResult): { section: SectionName; record: unknown } | undefined {
  const found = SECTION_BY_LABEL.find(([label]) => row.labels.includes(label));
  if (!found) return undefined;
  const [, section] = found;
  const fields = { ...row.props, sources: row.sources, partOf: row.partOf };
  return { section, record: SECTION_SCHEMAS[section].parse(pick(section, fields)) };
}

export function relationshipToRecord(row: RelationshipResult): RelationshipRecord {
  const fields = { ...row.props, type: row.type, from: row.from, to: row.to };
  return SECTION_SCHEMAS.relationships.parse(pick('relationships', fields));
}

/**
 * The whole graph (ids null) or the nodes with the given ids and the relationships among them, with every term
 * (vocabularies are small and an importable file needs them).
 */
export async function readDocument(
  db: Database,
  ids: readonly string[] | null = null,
): Promise<AtlasDocument> {
  const doc = emptyDocument();
  const sections = doc as unknown as Record<SectionName, unknown[]>;
  const entities = (await db.read(READ_ENTITIES, { ids })) as unknown as EntityResult[];
  for (const row of entities) {
    const mapped = entityToRecord(row);
    if (mapped) sections[mapped.section].push(mapped.record);
  }
  for (const { props } of (await db.read(READ_TERMS)) as unknown as { props: Record<string, unknown> }[]) {
    sections.terms.push(SECTION_SCHEMAS.terms.parse(pick('terms', props)));
  }
  const relationships = (await db.read(READ_RELATIONSHIPS, { ids })) as unknown as RelationshipResult[];
  doc.relationships.push(...relationships.map(relationshipToRecord));
  return doc;
}

/** The stored relationships that start or end at the given nodes, as records. */
export async function readRelationshipsTouching(
  db: Database,
  ids: readonly string[],
): Promise<RelationshipRecord[]> {
  const rows = (await db.read(READ_TOUCHING, { ids })) as unknown as RelationshipResult[];
  return rows.map(relationshipToRecord);
}
