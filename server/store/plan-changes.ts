// Compares an import with what the database holds, record by record, so that a dry run can say what would be
// created, updated or left unchanged, and a real run writes only what changes (re-importing writes nothing).
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

export interface ImportPlan {
  /** Only the records that are new or differ from the database. */
  readonly changed: AtlasDocument;
  readonly counts: Readonly<Record<SectionName, ChangeCounts>>;
  readonly changes: readonly { section: SectionName; key: string; status: ChangeStatus }[];
}

type AnyRecord = Record<string, unknown>;

export function recordKey(section: SectionName, record: AnyRecord): string {
  if (section === 'terms') return `${String(record.vocabulary)}:${String(record.key)}`;
  if (section === 'relationships') return relationshipKey(record as Parameters<typeof relationshipKey>[0]);
  return String(record.id);
}

/** Equal records give equal strings: sources sorted (stored as a set), mutual ends sorted, keys sorted. */
export function canonical(section: SectionName, record: AnyRecord): string {
  const copy: AnyRecord = { ...record };
  if (Array.isArray(copy.sources)) copy.sources = [...(copy.sources as string[])].sort();
  if (section === 'relationships' && isMutual(String(copy.type))) {
    const [a, b] = [String(copy.from), String(copy.to)].sort();
    copy.from = a;
    copy.to = b;
  }
  return JSON.stringify(
    Object.keys(copy)
      .sort()
      .map((k) => [k, copy[k]]),
  );
}

export function diffDocuments(incoming: AtlasDocument, existing: AtlasDocument): ImportPlan {
  const changed = { ...incoming } as unknown as Record<SectionName, AnyRecord[]> & { format: string };
  const counts = {} as Record<SectionName, ChangeCounts>;
  const changes: { section: SectionName; key: string; status: ChangeStatus }[] = [];
  for (const section of SECTION_NAMES) {
    const before = new Map(
      (existing[section] as AnyRecord[]).map((r) => [recordKey(section, r), canonical(section, r)]),
    );
    const count: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
    changed[section] = (incoming[section] as AnyRecord[]).filter((record) => {
      const key = recordKey(section, record);
      const old = before.get(key);
      const status: ChangeStatus =
        old === undefined ? 'created' : old === canonical(section, record) ? 'unchanged' : 'updated';
      count[status] += 1;
      changes.push({ section, key, status });
      return status !== 'unchanged';
    });
    counts[section] = count;
  }
  return { changed: changed as unknown as AtlasDocument, counts, changes };
}

export async function planChanges(db: Database, incoming: AtlasDocument): Promise<ImportPlan> {
  const nodeIds = SECTION_NAMES.filter((s) => s !== 'terms' && s !== 'relationships').flatMap((s) =>
    (incoming[s] as AnyRecord[]).map((r) => String(r.id)),
  );
  const existing = await readDocument(db, nodeIds);
  const endpoints = [...new Set(incoming.relationships.flatMap((r) => [r.from, r.to]))];
  existing.relationships = endpoints.length > 0 ? await readRelationshipsTouching(db, endpoints) : [];
  return diffDocuments(incoming, existing);
}
