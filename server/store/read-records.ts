// Reads stored records in the import format, either in a read transaction (before a write is planned) or inside
// the write's own transaction (to compare and audit what is really there). Both go through the export's
// statements and mapping, so a record read here compares equal to the one an import would write.
import {
  SECTION_SCHEMAS,
  type RegionRecord,
  type RelationshipRecord,
  type SectionRecord,
  type TermRecord,
} from '../domain/atlas-document.ts';
import { entityToRecord, relationshipToRecord } from './read-document.ts';
import { cypherFile } from '../db/cypher-file.ts';
import type { Database, Transaction } from '../db/database.ts';
import type { EntitySection } from '../audit/record-kinds.ts';

const READ_ENTITIES = cypherFile('export/read-entities');
const READ_TOUCHING = cypherFile('export/read-relationships-touching');
const READ_TERM = cypherFile('mutations/read-term');
const CHILD_REGIONS = cypherFile('mutations/child-regions');

/** A transaction, or the database's read transactions. */
export type Runner = Pick<Transaction, 'run'>;

export function readOnly(db: Database): Runner {
  return { run: (statement, params) => db.read(statement, params) };
}

export type EntityRecord = SectionRecord<EntitySection>;

export interface FoundEntity {
  readonly section: EntitySection;
  readonly record: EntityRecord;
}

type EntityRow = Parameters<typeof entityToRecord>[0];
type RelationshipRow = Parameters<typeof relationshipToRecord>[0];

/** The stored node with this id, of whatever kind, as a record; undefined when there is none. */
export async function readEntity(runner: Runner, id: string): Promise<FoundEntity | undefined> {
  const [found] = await readEntities(runner, [id]);
  return found;
}

export async function readEntities(runner: Runner, ids: readonly string[]): Promise<FoundEntity[]> {
  if (ids.length === 0) return [];
  const rows = await runner.run(READ_ENTITIES, { ids });
  // Only Entity nodes are read, and those always map to one of the entity sections.
  return rows.flatMap((row) => entityToRecord(row as unknown as EntityRow) ?? []) as FoundEntity[];
}

export async function readTerm(
  runner: Runner,
  vocabulary: string,
  key: string,
): Promise<TermRecord | undefined> {
  const [row] = await runner.run(READ_TERM, { vocabulary, key });
  if (!row) return undefined;
  const props = row.props as Record<string, unknown>;
  // As the export reads terms: every field of the schema, absent ones as null, then normalised.
  const fields = Object.keys(SECTION_SCHEMAS.terms.shape).map((field) => [field, props[field] ?? null]);
  return SECTION_SCHEMAS.terms.parse(Object.fromEntries(fields));
}

/** The importable relationships that start or end at any of the nodes (not sources, not region parents). */
export async function readLinksTouching(
  runner: Runner,
  ids: readonly string[],
): Promise<RelationshipRecord[]> {
  const rows = await runner.run(READ_TOUCHING, { ids });
  return rows.map((row) => relationshipToRecord(row as unknown as RelationshipRow));
}

export async function readChildRegions(runner: Runner, id: string): Promise<RegionRecord[]> {
  const ids = (await runner.run(CHILD_REGIONS, { id })).map((row) => String(row.id));
  return (await readEntities(runner, ids)).map((found) => found.record as RegionRecord);
}
