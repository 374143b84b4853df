import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_OPERATIONS } from '../../../client/src/api/operations.ts';
import { buildSchema } from '../../../server/graphql/build-schema.ts';

describe('every client operation validates against the server schema', () => {
  const schema = buildSchema();
  it.each(ALL_OPERATIONS.map((op, i) => [i, op] as const))('operation %i', (_i, operation) => {
    expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([]);
  });
});
