// Writes (part of) a planned import inside one transaction and answers its audit entries — only once the
// transaction has made sure the database still is what the plan was made against. The plan is made before the
// write (validation and the diff read the database outside it), so another writer may have deleted, created or
// changed a record, or a node the import refers to, in between. Here, inside the write's transaction:
//   1. every stored node the batch writes or refers to is write-locked (so it cannot change until the commit) and
//      must exist as planned: an update's record and every source, parent region and relationship end;
//      a record planned as new must still be absent;
//   2. every record planned as an update is read again and must equal what the plan compared with;
//   3. the statements report what they found (nodes matched, relationships new, rows written) and must agree.
// Anything else fails with CONFLICT naming the record, and the transaction writes nothing: the audit entries
// (which commit with the rows) never describe a write that did not happen. Re-running the import plans afresh.
import type { AuditChange } from '../audit/audit-entry.ts';
import type { Transaction } from '../db/database.ts';
import { SECTION_NAMES, type AtlasDocument, type SectionName } from '../domain/atlas-document.ts';
import { canonical, recordKey, type ChangeStatus, type ImportPlan } from '../store/plan-changes.ts';
import {
  assertReferencesFound,
  lockNodes,
  lockTerms,
  recordName,
  referencedIds,
  writeConflict,
  writeRows,
} from '../store/write-document.ts';
import { keyOf, readStoredBefore, recordAuditChanges } from './import-audit.ts';

type AnyRecord = Record<string, unknown>;

interface Planned {
  readonly section: SectionName;
  readonly key: string;
  readonly name: string;
  readonly status: ChangeStatus;
}

function plannedRecords(plan: ImportPlan, batch: AtlasDocument): Planned[] {
  const status = new Map(plan.changes.map((c) => [keyOf(c.section, c.key), c.status]));
  return SECTION_NAMES.flatMap((section) =>
    (batch[section] as AnyRecord[]).map((record) => {
      const key = recordKey(section, record);
      return {
        section,
        key,
        name: recordName(section, record),
        status: status.get(keyOf(section, key)) ?? 'created',
      };
    }),
  );
}

const GONE = 'it was deleted by someone else after the import was checked.';
const APPEARED = 'it was created by someone else after the import was checked (it would be overwritten).';
const CHANGED = 'it was changed by someone else after the import was checked (the change would be lost).';

/** Checks, writes and answers the audit entries of the batch's records (the caller records them in `tx`). */
export async function writePlanned(
  tx: Transaction,
  plan: ImportPlan,
  batch: AtlasDocument,
): Promise<AuditChange[]> {
  const records = plannedRecords(plan, batch);
  const nodes = records.filter((r) => r.section !== 'terms' && r.section !== 'relationships');
  const terms = records.filter((r) => r.section === 'terms');
  const refs = referencedIds(batch);

  // 1. Lock and check existence: what is updated or referred to must be there, what is created must not.
  const found = await lockNodes(tx, [...nodes.map((r) => r.key), ...refs.keys()]);
  const foundTerms = await lockTerms(
    tx,
    terms.map((r) => r.key),
  );
  for (const record of [...nodes, ...terms]) {
    const exists = record.section === 'terms' ? foundTerms.has(record.key) : found.has(record.key);
    if (record.status === 'updated' && !exists) throw writeConflict(record.name, GONE);
    if (record.status === 'created' && exists) throw writeConflict(record.name, APPEARED);
  }
  assertReferencesFound(refs, found);

  // 2. What each update was planned against is still what is stored (read under the locks just taken).
  const before = await readStoredBefore(tx, plan, batch);
  for (const record of records.filter((r) => r.status === 'updated')) {
    const k = keyOf(record.section, record.key);
    const now = before.get(k);
    if (now === undefined) throw writeConflict(record.name, GONE);
    const then = plan.stored.get(k) as AnyRecord | undefined;
    if (!then || canonical(record.section, now as AnyRecord) !== canonical(record.section, then)) {
      throw writeConflict(record.name, CHANGED);
    }
  }

  // 3. The statements agree: nodes matched exactly where planned, relationships new exactly where planned.
  const outcome = await writeRows(tx, batch);
  for (const record of nodes) {
    const matched = outcome.matched.has(record.key);
    if (record.status === 'updated' && !matched) throw writeConflict(record.name, GONE);
    if (record.status === 'created' && matched) throw writeConflict(record.name, APPEARED);
  }
  const newLinks = records.filter((r) => r.section === 'relationships' && r.status === 'created').length;
  if (outcome.relationshipsCreated !== newLinks) {
    throw writeConflict(
      'relationships',
      `${newLinks} were planned as new but ${outcome.relationshipsCreated} were written as new: another writer ` +
        'added or removed some after the import was checked.',
    );
  }
  return recordAuditChanges(plan, before, batch);
}
