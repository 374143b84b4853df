import type { AuditAuthor } from '../audit/audit-entry.ts';
import type { Database } from '../db/database.ts';

/** What every admin write needs: the database, and who is writing (for the audit trail). */
export interface Writer {
  readonly db: Database;
  readonly author: AuditAuthor;
}
