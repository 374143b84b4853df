import { describe, expect, it } from 'vitest';
import { GraphqlRequestError, request } from '../../../client/src/api/graphql-client.ts';

function answering(body: unknown, status = 200): typeof fetch {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status }));
}

async function failure(body: unknown): Promise<GraphqlRequestError> {
  try {
    await request('{ health { atlasVersion } }', {}, answering(body));
  } catch (err) {
    if (err instanceof GraphqlRequestError) return err;
    throw err;
  }
  throw new Error('request did not fail');
}

describe('request', () => {
  it('returns the data of a successful answer', async () => {
    expect(await request('{ x }', {}, answering({ data: { x: 1 } }))).toEqual({ x: 1 });
  });

  it('keeps a code the schema documents and turns anything else into UNKNOWN', async () => {
    expect((await failure({ errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] })).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure({ errors: [{ message: 'no', extensions: { code: 'TEAPOT' } }] })).code).toBe(
      'UNKNOWN',
    );
    expect((await failure({ errors: [{ message: 'no' }] })).code).toBe('UNKNOWN');
    expect((await failure({})).code).toBe('UNKNOWN');
  });
});
