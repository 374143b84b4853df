import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors/app-error.ts';
import { formatError } from '../../../server/graphql/format-error.ts';

const formatted = (code?: string) => ({
  message: 'raw',
  path: ['x'],
  ...(code ? { extensions: { code } } : {}),
});

describe('formatError', () => {
  it('passes our public codes with their message and details', () => {
    const error = new GraphQLError('raw', {
      originalError: new AppError('NOT_FOUND', 'No actor "x".', { id: 'x' }),
    });
    expect(formatError(formatted(), error)).toMatchObject({
      message: 'No actor "x".',
      extensions: { code: 'NOT_FOUND', id: 'x' },
    });
  });

  it('masks internal codes and unknown errors', () => {
    const internal = new GraphQLError('raw', {
      originalError: new AppError('DATABASE_ERROR', 'Neo.ClientError… secret'),
    });
    expect(formatError(formatted(), internal)).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const unknown = new GraphQLError('raw', { originalError: new TypeError('cannot read x of undefined') });
    expect(formatError(formatted('INTERNAL_SERVER_ERROR'), unknown).message).toBe('Internal server error');
  });

  it("leaves GraphQL's own validation errors as they are", () => {
    const validation = formatted('GRAPHQL_VALIDATION_FAILED');
    expect(formatError(validation, new GraphQLError('raw'))).toBe(validation);
  });
});
