import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

interface DriverErrorShape {
  code?: unknown;
  message?: unknown;
}

/** Maps a driver error to our codes; anything unrecognised stays DATABASE_ERROR, which clients see masked. */
export function mapDatabaseError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const { code, message } = (err ?? {}) as DriverErrorShape;
  const c = typeof code === 'string' ? code : '';
  const m = typeof message === 'string' ? message : String(err);
  // Neo.TransientError.General.DatabaseUnavailable: the server is up but its database is not (yet) — while Neo4j
  // starts or stops. The driver retries it, and reports it once its retry time is spent.
  if (
    c === 'ServiceUnavailable' ||
    c === 'SessionExpired' ||
    c.endsWith('.DatabaseUnavailable') ||
    /ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(m)
  ) {
    return new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      'The database is not reachable right now.',
      {},
      { cause: err },
    );
  }
  if (
    c === 'Neo.ClientError.Security.Unauthorized' ||
    c === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new AppError(
      ErrorCode.DATABASE_AUTH_FAILED,
      'The database refused the credentials.',
      {},
      { cause: err },
    );
  }
  if (c === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(
      ErrorCode.CONFLICT,
      'The change conflicts with existing data (an id already exists).',
      {},
      {
        cause: err,
      },
    );
  }
  if (
    c.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    c.includes('MemoryPoolOutOfMemory')
  ) {
    return new AppError(
      ErrorCode.LIMIT_EXCEEDED,
      'The query took too long or too much memory.',
      {},
      { cause: err },
    );
  }
  return new AppError(
    ErrorCode.DATABASE_ERROR,
    `Database error ${c}: ${m}`,
    { neo4jCode: c },
    { cause: err },
  );
}
