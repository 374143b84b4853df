import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

// Opaque to clients (so the paging scheme can change), but only the entry's sequence number inside.
const PREFIX = 'audit:';

export function encodeAuditCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Argument "after" is not a cursor of the audit trail: pass an `endCursor` or `cursor` it returned.',
      { argument: 'after' },
    );
  }
  return seq;
}
