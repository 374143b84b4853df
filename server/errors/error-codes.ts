/**
 * Every error code the atlas reports, to GraphQL clients (extensions.code), on the command line and in logs.
 * Clients branch on these codes, never on message text.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_AUTH_FAILED: 'DATABASE_AUTH_FAILED',
  DATABASE_ERROR: 'DATABASE_ERROR',
  CONFIG_INVALID: 'CONFIG_INVALID',
  PREREQUISITE_MISSING: 'PREREQUISITE_MISSING',
  PORT_IN_USE: 'PORT_IN_USE',
  LOCAL_NEO4J_FAILED: 'LOCAL_NEO4J_FAILED',
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes whose message is written for the user and may be shown to API clients as is. */
export const PUBLIC_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.LIMIT_EXCEEDED,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.SHUTTING_DOWN,
]);
