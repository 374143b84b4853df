import { describe, expect, it } from 'vitest';
import { mapDatabaseError } from '../../../server/db/map-database-error.ts';

describe('mapDatabaseError', () => {
  it.each([
    [{ code: 'ServiceUnavailable', message: 'down' }, 'DATABASE_UNAVAILABLE'],
    [{ code: 'Neo.TransientError.General.DatabaseUnavailable', message: 'starting' }, 'DATABASE_UNAVAILABLE'],
    [{ code: 'Neo.ClientError.Security.Unauthorized', message: 'no' }, 'DATABASE_AUTH_FAILED'],
    [{ code: 'Neo.ClientError.Schema.ConstraintValidationFailed', message: 'exists' }, 'CONFLICT'],
    [
      { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', message: 'slow' },
      'LIMIT_EXCEEDED',
    ],
    [{ code: 'Neo.ClientError.Statement.SyntaxError', message: 'bad' }, 'DATABASE_ERROR'],
  ])('%o → %s', (error, code) => {
    expect(mapDatabaseError(error).code).toBe(code);
  });
});
