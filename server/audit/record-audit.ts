import { cypherFile } from '../db/cypher-file.ts';
import type { Transaction } from '../db/database.ts';
import type { AuditAuthor, AuditChange } from './audit-entry.ts';

const RECORD_ENTRIES = cypherFile('audit/record-entries');

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Appends the entries inside the caller's transaction: they commit with the change or not at all. */
export async function recordAudit(
  tx: Transaction,
  author: AuditAuthor,
  changes: readonly AuditChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const entries = changes.map((change) => ({
    changedBy: author.changedBy,
    requestId: author.requestId,
    action: change.action,
    targetKind: change.targetKind,
    targetId: change.targetId,
    subjectIds: [...new Set(change.subjectIds)],
    before: json(change.before),
    after: json(change.after),
    detail: json(change.detail),
  }));
  await tx.run(RECORD_ENTRIES, { entries });
}
