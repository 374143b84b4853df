import type { Database, Transaction } from '../db/database.ts';
import type { AuditAuthor, AuditChange } from './audit-entry.ts';
import { recordAudit } from './record-audit.ts';

/** What a piece of audited work returns: its result, and the changes it made, for the trail. */
export interface AuditedWork<T> {
  readonly result: T;
  readonly changes: readonly AuditChange[];
}

/**
 * The one way the admin API writes: the work and its audit entries in one write transaction, so there is no
 * change without its entry and no entry without its change. The work may be retried on a transient error, so it
 * must only touch the database through `tx`.
 */
export function auditedWrite<T>(
  db: Database,
  author: AuditAuthor,
  work: (tx: Transaction) => Promise<AuditedWork<T>>,
): Promise<T> {
  return db.writeTransaction(async (tx) => {
    const { result, changes } = await work(tx);
    await recordAudit(tx, author, changes);
    return result;
  });
}
