// The audit entries of an import: one per record it created or updated, with the stored record as `before`, and
// one IMPORT entry with its files and counts. All share the request id. A batched import writes the entries of
// each batch's records in that batch's transaction (see write-planned.ts).
import {
  SECTION_NAMES,
  type AtlasDocument,
  type RelationshipRecord,
  type SectionName,
} from '../domain/atlas-document.ts';
import type { ImportPlan } from '../store/plan-changes.ts';
import { recordKey } from '../store/plan-changes.ts';
import type { AuditChange } from '../audit/audit-entry.ts';
import type { Transaction } from '../db/database.ts';
import { targetKindOf } from '../audit/record-kinds.ts';
import { readEntities, readLinksTouching, readTerm } from '../store/read-records.ts';

type AnyRecord = Record<string, unknown>;

/** Stored records by `${section}/${recordKey}`, for every record the plan updates. */
export type StoredBefore = ReadonlyMap<string, unknown>;

export const keyOf = (section: SectionName, key: string) => `${section}/${key}`;

/** The stored value of every record of `batch` (by default the whole plan) that the plan updates. */
export async function readStoredBefore(
  tx: Transaction,
  plan: ImportPlan,
  batch: AtlasDocument = plan.changed,
): Promise<StoredBefore> {
  const inBatch = new Set(
    SECTION_NAMES.flatMap((section) =>
      (batch[section] as AnyRecord[]).map((r) => keyOf(section, recordKey(section, r))),
    ),
  );
  const updated = plan.changes.filter(
    (change) => change.status === 'updated' && inBatch.has(keyOf(change.section, change.key)),
  );
  const before = new Map<string, unknown>();
  const nodeIds = updated
    .filter((c) => c.section !== 'terms' && c.section !== 'relationships')
    .map((c) => c.key);
  for (const found of await readEntities(tx, nodeIds)) {
    before.set(keyOf(found.section, found.record.id), found.record);
  }
  for (const { key } of updated.filter((c) => c.section === 'terms')) {
    const [vocabulary = '', termKey = ''] = key.split(':');
    before.set(keyOf('terms', key), await readTerm(tx, vocabulary, termKey));
  }
  const changedLinks = batch.relationships.filter((r) =>
    updated.some((c) => c.section === 'relationships' && c.key === recordKey('relationships', r)),
  );
  if (changedLinks.length > 0) {
    const ends = [...new Set(changedLinks.flatMap((r) => [r.from, r.to]))];
    for (const link of await readLinksTouching(tx, ends)) {
      before.set(keyOf('relationships', recordKey('relationships', link)), link);
    }
  }
  return before;
}

export function importAuditChanges(
  plan: ImportPlan,
  before: StoredBefore,
  summary: Readonly<Record<string, unknown>>,
): AuditChange[] {
  return [...recordAuditChanges(plan, before, plan.changed), importSummaryChange(summary)];
}

/** One entry per record of `batch`: CREATE or UPDATE, LINK or UPDATE_LINK, with its stored value before. */
export function recordAuditChanges(
  plan: ImportPlan,
  before: StoredBefore,
  batch: AtlasDocument,
): AuditChange[] {
  const status = new Map(plan.changes.map((c) => [keyOf(c.section, c.key), c.status]));
  const changes: AuditChange[] = [];
  for (const section of SECTION_NAMES) {
    for (const record of batch[section] as AnyRecord[]) {
      // A term's key is `vocabulary:key`, as everywhere in the audit trail.
      const key = recordKey(section, record);
      const updated = status.get(keyOf(section, key)) === 'updated';
      const isLink = section === 'relationships';
      changes.push({
        action: isLink ? (updated ? 'UPDATE_LINK' : 'LINK') : updated ? 'UPDATE' : 'CREATE',
        targetKind: targetKindOf(section),
        targetId: key,
        subjectIds: isLink ? [(record as RelationshipRecord).from, (record as RelationshipRecord).to] : [key],
        before: updated ? (before.get(keyOf(section, key)) ?? null) : null,
        after: record,
      });
    }
  }
  return changes;
}

/** The IMPORT entry: files and counts of one import, written even when nothing changed. */
export function importSummaryChange(summary: Readonly<Record<string, unknown>>): AuditChange {
  return {
    action: 'IMPORT',
    targetKind: 'Import',
    targetId: null,
    subjectIds: [],
    before: null,
    after: null,
    detail: summary,
  };
}
