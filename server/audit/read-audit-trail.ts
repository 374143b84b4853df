import { cypherFile } from '../db/cypher-file.ts';
import type { Database } from '../db/database.ts';
import { asInteger } from '../db/integer.ts';
import type { AuditEntry } from './audit-entry.ts';

const AUDIT_TRAIL = cypherFile('audit/audit-trail');

export interface AuditTrailQuery {
  /** Only entries about this id (see AuditChange.subjectIds). */
  readonly subjectId: string | null;
  /** ISO date-time: only entries at or after it. */
  readonly since: string | null;
  /** Only entries older than this sequence number (the decoded cursor). */
  readonly beforeSeq: number | null;
  readonly first: number;
}

/** A page of the trail, newest first, in a read transaction. */
export async function readAuditTrail(
  db: Database,
  query: AuditTrailQuery,
): Promise<{ entries: AuditEntry[]; hasNextPage: boolean }> {
  const rows = (await db.read(AUDIT_TRAIL, {
    subjectId: query.subjectId,
    since: query.since,
    beforeSeq: query.beforeSeq === null ? null : asInteger(query.beforeSeq),
    // One more than asked, to know whether another page follows without counting the whole trail.
    limit: asInteger(query.first + 1),
  })) as unknown as AuditEntry[];
  return { entries: rows.slice(0, query.first), hasNextPage: rows.length > query.first };
}
