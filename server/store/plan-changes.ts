// Compares an import with what the database holds, record by record, so that a dry run can say what would be
// created, updated or left unchanged (and, per updated record, which fields change from what to what), and a real
// run writes only what changes (re-importing writes nothing). Sources accumulate: a stored record keeps the
// sources it has and gains the file's, unless the import says `replaceSources` (docs/import-format.md).
import type { Database } from '../db/database.ts';
import { SECTION_NAMES, type AtlasDocument, type SectionName } from '../domain/atlas-document.ts';
import { readDocument, readRelationshipsTouching } from './read-document.ts';
import { isMutual, relationshipKey } from './relationship-rows.ts';

export type ChangeStatus = 'created' | 'updated' | 'unchanged';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** One field of an updated record: its stored value and the value the import writes (null when absent). */
export interface FieldChange {
  readonly name: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface RecordChange {
  readonly section: SectionName;
  readonly key: string;
  readonly status: ChangeStatus;
  /** For an updated record, the fields that differ, in the record's field order; empty otherwise. */
  readonly fields: readonly FieldChange[];
}

export interface ImportPlan {
  /** Only the records that are new or differ from the database, as they will be written (sources merged). */
  readonly changed: AtlasDocument;
  readonly counts: Readonly<Record<SectionName, ChangeCounts>>;
  readonly changes: readonly RecordChange[];
  /**
   * The stored record each update was planned against, by `${section}/${key}`: the write re-reads it inside its
   * transaction and refuses (CONFLICT) when it is gone or differs, so the report and the audit trail describe
   * what really changed.
   */
  readonly stored: ReadonlyMap<string, unknown>;
}

export interface DiffOptions {
  /** The file's `sources` lists replace the stored ones instead of adding to them. */
  readonly replaceSources?: boolean;
}

type AnyRecord = Record<string, unknown>;

export function recordKey(section: SectionName, record: AnyRecord): string {
  if (section === 'terms') return `${String(record.vocabulary)}:${String(record.key)}`;
  if (section === 'relationships') return relationshipKey(record as Parameters<typeof relationshipKey>[0]);
  return String(record.id);
}

/** Sorted (code-unit order, as the export writes them) and without repeats: sources are a set. */
export function sourceSet(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

/** The record with its sources sorted and, for a mutual relationship, its ends sorted. */
function normalised(section: SectionName, record: AnyRecord): AnyRecord {
  const copy: AnyRecord = { ...record };
  if (Array.isArray(copy.sources)) copy.sources = sourceSet(copy.sources as string[]);
  if (section === 'relationships' && isMutual(String(copy.type))) {
    const [a, b] = [String(copy.from), String(copy.to)].sort();
    copy.from = a;
    copy.to = b;
  }
  return copy;
}

/** Equal records give equal strings: sources sorted (stored as a set), mutual ends sorted, keys sorted. */
export function canonical(section: SectionName, record: AnyRecord): string {
  const copy = normalised(section, record);
  return JSON.stringify(
    Object.keys(copy)
      .sort()
      .map((k) => [k, copy[k]]),
  );
}

/** The fields whose values differ between a stored record and the one an import writes. */
export function changedFields(section: SectionName, stored: AnyRecord, written: AnyRecord): FieldChange[] {
  const before = normalised(section, stored);
  const after = normalised(section, written);
  const names = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return names
    .filter((name) => JSON.stringify(before[name] ?? null) !== JSON.stringify(after[name] ?? null))
    .map((name) => ({ name, before: before[name] ?? null, after: after[name] ?? null }));
}

/**
 * The record an import writes: a stored record keeps its sources and gains the file's (sorted, no repeats),
 * unless `replaceSources`; a new record, or any record under `replaceSources`, has exactly the file's sources.
 */
function toWrite(record: AnyRecord, stored: AnyRecord | undefined, options: DiffOptions): AnyRecord {
  if (!Array.isArray(record.sources)) return record;
  const keep = stored && !options.replaceSources && Array.isArray(stored.sources) ? stored.sources : [];
  return { ...record, sources: sourceSet(keep as string[], record.sources as string[]) };
}

export function diffDocuments(
  incoming: AtlasDocument,
  existing: AtlasDocument,
  options: DiffOptions = {},
): ImportPlan {
  const changed = { ...incoming } as unknown as Record<SectionName, AnyRecord[]> & { format: string };
  const counts = {} as Record<SectionName, ChangeCounts>;
  const changes: RecordChange[] = [];
  const planned = new Map<string, unknown>();
  for (const section of SECTION_NAMES) {
    const stored = new Map((existing[section] as AnyRecord[]).map((r) => [recordKey(section, r), r]));
    const count: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
    changed[section] = [];
    for (const original of incoming[section] as AnyRecord[]) {
      const key = recordKey(section, original);
      const old = stored.get(key);
      const record = toWrite(original, old, options);
      const status: ChangeStatus =
        old === undefined
          ? 'created'
          : canonical(section, old) === canonical(section, record)
            ? 'unchanged'
            : 'updated';
      count[status] += 1;
      const fields = status === 'updated' && old ? changedFields(section, old, record) : [];
      changes.push({ section, key, status, fields });
      if (status === 'updated') planned.set(`${section}/${key}`, old);
      if (status !== 'unchanged') changed[section].push(record);
    }
    counts[section] = count;
  }
  return { changed: changed as unknown as AtlasDocument, counts, changes, stored: planned };
}

export async function planChanges(
  db: Database,
  incoming: AtlasDocument,
  options: DiffOptions = {},
): Promise<ImportPlan> {
  const nodeIds = SECTION_NAMES.filter((s) => s !== 'terms' && s !== 'relationships').flatMap((s) =>
    (incoming[s] as AnyRecord[]).map((r) => String(r.id)),
  );
  const existing = await readDocument(db, nodeIds);
  const endpoints = [...new Set(incoming.relationships.flatMap((r) => [r.from, r.to]))];
  existing.relationships = endpoints.length > 0 ? await readRelationshipsTouching(db, endpoints) : [];
  return diffDocuments(incoming, existing, options);
}
