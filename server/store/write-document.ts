// Writes a validated (and diffed) document with batched UNWIND statements, inside a transaction the caller owns.
// Every statement is an idempotent MERGE on a unique id, and each answers what it found, so a write never claims
// what did not happen: the nodes a document refers to are locked and must exist (a relationship to a node deleted
// meanwhile is refused with CONFLICT, not silently skipped), and every statement's count is compared with its
// rows. Large imports are cut into record batches (`recordBatches`), each its own transaction, by the importer.
import type { CypherStatement } from '../db/cypher-file.ts';
import { cypherFile } from '../db/cypher-file.ts';
import type { Transaction } from '../db/database.ts';
import {
  emptyDocument,
  SECTION_NAMES,
  type AtlasDocument,
  type SectionName,
} from '../domain/atlas-document.ts';
import { ACTOR_LABELS } from '../domain/node-kinds.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { readActorClasses } from './actor-classes.ts';
import { entityRows, termRow, type ActorClassOf } from './node-rows.ts';
import { recordKey } from './plan-changes.ts';
import { relationshipRows } from './relationship-rows.ts';

const UPSERT_ENTITIES = cypherFile('import/upsert-entities');
const UPSERT_TERMS = cypherFile('import/upsert-terms');
const SYNC_SOURCES = cypherFile('import/sync-sources');
const SYNC_REGION_PARENTS = cypherFile('import/sync-region-parents');
const UPSERT_RELATIONSHIPS = cypherFile('import/upsert-relationships');
const UPSERT_COOPERATIONS = cypherFile('import/upsert-cooperations');
const LOCK_NODES = cypherFile('import/lock-nodes');
const LOCK_TERMS = cypherFile('import/lock-terms');

/**
 * Rows per batch transaction. Measured on tier L (73,000 records, local Neo4j, 2 CPUs): the write took 7.9–12.9 s
 * in batches of 500, 5.6 s in batches of 2,000 and 5.5 s of 5,000; 2,000 keeps each transaction small.
 */
export const BATCH_SIZE = 2000;
/** Up to this many rows an import is one transaction (ten batches). */
export const SINGLE_TRANSACTION_LIMIT = 20_000;

interface Step {
  readonly statement: CypherStatement;
  readonly rows: readonly unknown[];
  readonly extra?: Record<string, unknown>;
}

export function planSteps(doc: AtlasDocument, classOf: ActorClassOf): Step[] {
  const entities = entityRows(doc, classOf);
  const { directed, mutual } = relationshipRows(doc);
  return [
    { statement: UPSERT_TERMS, rows: doc.terms.map(termRow) },
    { statement: UPSERT_ENTITIES, rows: entities, extra: { kindLabels: ACTOR_LABELS } },
    { statement: SYNC_REGION_PARENTS, rows: doc.regions.map((r) => ({ id: r.id, partOf: r.partOf })) },
    {
      statement: SYNC_SOURCES,
      rows: entities
        .filter((e) => !e.labels.includes('Source'))
        .map((e) => ({ id: e.id, sources: e.sources })),
    },
    { statement: UPSERT_RELATIONSHIPS, rows: directed },
    { statement: UPSERT_COOPERATIONS, rows: mutual },
  ].filter((step) => step.rows.length > 0);
}

function* chunks(steps: readonly Step[]): Generator<Step> {
  for (const step of steps) {
    for (let i = 0; i < step.rows.length; i += BATCH_SIZE) {
      yield { ...step, rows: step.rows.slice(i, i + BATCH_SIZE) };
    }
  }
}

/** Rows a document's write consists of (what the single-transaction limit counts). */
export function rowCount(doc: AtlasDocument): number {
  // Labels do not change the count, so every actor may stand for the same class here.
  return planSteps(doc, () => 'unspecified').reduce((n, s) => n + s.rows.length, 0);
}

type AnyRecord = Record<string, unknown>;
const ENTITY_SECTIONS = SECTION_NAMES.filter((s) => s !== 'terms' && s !== 'relationships');

/** How a record is named in errors and the audit trail: section and key. */
export function recordName(section: SectionName, record: AnyRecord): string {
  return `${section} ${recordKey(section, record)}`;
}

/** The ids of the node records a document writes. */
export function entityIds(doc: AtlasDocument): string[] {
  return ENTITY_SECTIONS.flatMap((s) => (doc[s] as AnyRecord[]).map((r) => String(r.id)));
}

/**
 * The nodes a document's rows rely on without writing them — sources cited, parent regions, relationship ends —
 * each with the first record that refers to it. They must exist when the rows are written.
 */
export function referencedIds(doc: AtlasDocument): Map<string, string> {
  const own = new Set(entityIds(doc));
  const refs = new Map<string, string>();
  const need = (id: string | null, by: string) => {
    if (id !== null && !own.has(id) && !refs.has(id)) refs.set(id, by);
  };
  for (const section of ENTITY_SECTIONS) {
    if (section === 'sources') continue;
    for (const record of doc[section] as AnyRecord[]) {
      const by = recordName(section, record);
      for (const source of (record.sources as string[] | undefined) ?? []) need(source, by);
      if (section === 'regions') need((record.partOf as string | null) ?? null, by);
    }
  }
  for (const r of doc.relationships) {
    const by = recordName('relationships', r);
    need(r.from, by);
    need(r.to, by);
  }
  return refs;
}

/** Write-locks the nodes that exist among the ids (sorted, so writers lock in one order); answers which exist. */
export async function lockNodes(tx: Transaction, ids: Iterable<string>): Promise<Set<string>> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length === 0) return new Set();
  const [row] = await tx.run(LOCK_NODES, { ids: sorted });
  return new Set((row?.found as string[] | undefined) ?? []);
}

/** Write-locks the terms that exist among the keys (`vocabulary:key`); answers which exist. */
export async function lockTerms(tx: Transaction, keys: Iterable<string>): Promise<Set<string>> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return new Set();
  const pairs = sorted.map((k) => {
    const at = k.indexOf(':');
    return { vocabulary: k.slice(0, at), key: k.slice(at + 1) };
  });
  const [row] = await tx.run(LOCK_TERMS, { keys: pairs });
  return new Set((row?.found as string[] | undefined) ?? []);
}

/** The refusal when a record would be written other than planned: nothing of the transaction is kept. */
export function writeConflict(
  record: string,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    `${record}: ${message} Nothing of this transaction was written; check the data and try again.`,
    { record, ...details },
  );
}

/** Throws CONFLICT naming the first record that refers to a node the lock did not find. */
export function assertReferencesFound(refs: ReadonlyMap<string, string>, found: ReadonlySet<string>): void {
  for (const [id, by] of refs) {
    if (!found.has(id)) {
      throw writeConflict(
        by,
        `it refers to "${id}", which no longer exists (deleted while this write ran).`,
        {
          missing: id,
        },
      );
    }
  }
}

/** What the statements found: the node ids that were stored already, and how many relationships were new. */
export interface WriteOutcome {
  readonly matched: ReadonlySet<string>;
  readonly relationshipsCreated: number;
}

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));

/**
 * Runs the document's statements in the caller's transaction, each compared with its rows: a row that wrote
 * nothing (an end, a source or a parent missing) fails the write with CONFLICT. The caller has locked and checked
 * the nodes the document refers to (`writeDocumentIn` does both), so this is the second line of defence.
 */
export async function writeRows(
  tx: Transaction,
  doc: AtlasDocument,
  classOf?: ActorClassOf,
): Promise<WriteOutcome> {
  const resolve = classOf ?? (await readActorClasses((statement, params) => tx.run(statement, params), doc));
  const matched = new Set<string>();
  let relationshipsCreated = 0;
  for (const chunk of chunks(planSteps(doc, resolve))) {
    const [row = {}] = await tx.run(chunk.statement, { ...chunk.extra, rows: chunk.rows });
    const rows = chunk.rows as AnyRecord[];
    const expected =
      chunk.statement === SYNC_SOURCES
        ? rows.reduce((n, r) => n + (r.sources as string[]).length, 0)
        : chunk.statement === SYNC_REGION_PARENTS
          ? rows.filter((r) => r.partOf !== null).length
          : rows.length;
    const counted = num(row.linked ?? row.written);
    if (counted !== expected) {
      throw writeConflict(
        `${chunk.statement.name}`,
        `${expected - counted} of its ${expected} rows found a node missing (deleted while this write ran).`,
      );
    }
    for (const id of (row.matched as string[] | undefined) ?? []) matched.add(id);
    relationshipsCreated += num(row.created);
  }
  return { matched, relationshipsCreated };
}

/**
 * The whole document inside a transaction the caller owns (an admin mutation): locks the nodes it refers to,
 * refuses (CONFLICT) when one is gone, then writes.
 */
export async function writeDocumentIn(tx: Transaction, doc: AtlasDocument): Promise<WriteOutcome> {
  const refs = referencedIds(doc);
  assertReferencesFound(refs, await lockNodes(tx, refs.keys()));
  return writeRows(tx, doc);
}

/** The order node records are written in: what a record refers to comes first (sources, then parent regions). */
function regionsParentsFirst(regions: AtlasDocument['regions']): AtlasDocument['regions'] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const parent = byId.get(id)?.partOf;
    const d = parent && byId.has(parent) && !seen.has(parent) ? depthOf(parent, seen.add(id)) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  return [...regions].sort((a, b) => depthOf(a.id, new Set()) - depthOf(b.id, new Set()));
}

/** Rows one record adds to a write (its node, its sources' sync, its parent's sync). */
function rowsOf(section: SectionName): number {
  if (section === 'terms' || section === 'relationships' || section === 'sources') return 1;
  return section === 'regions' ? 3 : 2;
}

/**
 * Cuts a document into documents of about `batchRows` rows each, whole records only, in an order in which each
 * batch refers only to what earlier batches (or the database) hold: terms, sources, topics, target groups,
 * regions (parents first), actors, programs, measures, then relationships. A record's rows (node, sources,
 * parent) are always in one batch, so a committed batch holds complete records and the audit entries of exactly
 * those records.
 */
export function recordBatches(doc: AtlasDocument, batchRows = BATCH_SIZE): AtlasDocument[] {
  const out: AtlasDocument[] = [];
  let current = emptyDocument();
  let rows = 0;
  const order: SectionName[] = ['terms', ...ENTITY_SECTIONS, 'relationships'];
  for (const section of order) {
    const records = section === 'regions' ? regionsParentsFirst(doc.regions) : (doc[section] as AnyRecord[]);
    for (const record of records) {
      const size = rowsOf(section);
      if (rows > 0 && rows + size > batchRows) {
        out.push(current);
        current = emptyDocument();
        rows = 0;
      }
      (current[section] as AnyRecord[]).push(record);
      rows += size;
    }
  }
  if (rows > 0) out.push(current);
  return out;
}
