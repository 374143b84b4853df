import { decodeAuditCursor, encodeAuditCursor } from '../../../audit/audit-cursor.ts';
import { readAuditTrail } from '../../../audit/read-audit-trail.ts';
import { isoInstant } from '../../../admin/iso-instant.ts';
import { AppError } from '../../../errors/app-error.ts';
import { ErrorCode } from '../../../errors/error-codes.ts';
import { requireIntInRange } from '../../validate-args.ts';
import type { AdminContext } from './admin-only.ts';

const SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** `YYYY-MM-DD` (midnight UTC) or an ISO date-time with its zone, as an ISO instant for Cypher's datetime(). */
function parseSince(since: string): string {
  const time = SINCE.test(since) ? Date.parse(since) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Argument "since" must be a date (YYYY-MM-DD) or a date-time with zone (2026-11-21T10:00:00Z).',
      { argument: 'since' },
    );
  }
  return new Date(time).toISOString();
}

/** Query.auditTrail (admins only): newest first, cursor-paginated. */
export async function auditTrail(
  _parent: unknown,
  args: { targetId?: string | null; since?: string | null; first: number; after?: string | null },
  ctx: AdminContext,
) {
  const first = requireIntInRange('first', args.first, 1, ctx.limits.maxPageSize);
  const { entries, hasNextPage } = await readAuditTrail(ctx.db, {
    subjectId: args.targetId ?? null,
    since: args.since === undefined || args.since === null ? null : parseSince(args.since),
    beforeSeq: args.after === undefined || args.after === null ? null : decodeAuditCursor(args.after),
    first,
  });
  const last = entries.at(-1);
  return {
    entries: entries.map((entry) => ({
      ...entry,
      at: isoInstant(entry.at),
      cursor: encodeAuditCursor(entry.seq),
    })),
    endCursor: last ? encodeAuditCursor(last.seq) : null,
    hasNextPage,
  };
}
