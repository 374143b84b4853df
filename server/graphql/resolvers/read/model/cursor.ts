// Opaque cursors for keyset pagination: base64url of JSON [order, sortKey, id]. Carrying the order lets a cursor
// from a list sorted one way be refused in a list sorted another way, instead of silently skipping items.
import { AppError } from '../../../../errors/app-error.ts';
import { ErrorCode } from '../../../../errors/error-codes.ts';

export interface CursorPosition {
  readonly sortKey: string;
  readonly id: string;
}

export function encodeCursor(order: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([order, position.sortKey, position.id]), 'utf8').toString('base64url');
}

/** The position after which the next page starts; BAD_USER_INPUT for anything this server did not hand out. */
export function decodeCursor(order: string, cursor: string): CursorPosition {
  const bad = () =>
    new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Argument "after" is not a cursor of this list in order ${order}: pass the endCursor of the previous page.`,
      { argument: 'after' },
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((p) => typeof p === 'string'))
    throw bad();
  const [cursorOrder, sortKey, id] = parsed as [string, string, string];
  if (cursorOrder !== order || id === '') throw bad();
  return { sortKey, id };
}
