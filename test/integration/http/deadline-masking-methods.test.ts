import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { connectTestDatabase } from '../../support/test-neo4j.ts';
import { answer, codeOf, post } from './http-client.ts';
import { SECRET_DETAIL, startTestSchemaServer, type TestSchemaServer } from './test-schema-server.ts';

describe('the handler with a test-only schema: deadline, masking, GET for mutations', () => {
  let db: Database;
  let server: TestSchemaServer;

  beforeAll(async () => {
    db = await connectTestDatabase();
    server = await startTestSchemaServer(db, { ATLAS_DEADLINE_MS: '200' });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  describe('the execution deadline (ATLAS_DEADLINE_MS)', () => {
    it('stops waiting for an operation past the deadline and answers 504 LIMIT_EXCEEDED', async () => {
      const started = Date.now();
      const a = await post(server.endpoint, '{ slow(waitMs: 5000) }');
      const took = Date.now() - started;
      expect(a.status).toBe(504);
      expect(codeOf(a)).toBe(ErrorCode.LIMIT_EXCEEDED);
      expect(a.body.errors?.[0]?.extensions).toMatchObject({ limit: 'deadlineMs', maximum: 200 });
      expect(took).toBeGreaterThanOrEqual(190);
      expect(took).toBeLessThan(2000);
      const warning = server.logged.find((l) => l.msg === 'request deadline exceeded');
      expect(warning?.requestId).toBe(a.headers.get('x-request-id'));
    });

    it('answers an operation that finishes in time', async () => {
      const a = await post(server.endpoint, '{ slow(waitMs: 10) fast }');
      expect(a.status).toBe(200);
      expect(a.body.data).toEqual({ slow: 'slow', fast: 'fast' });
    });
  });

  describe('error masking', () => {
    it('masks an unexpected error as INTERNAL_SERVER_ERROR and logs it with the request id', async () => {
      const response = await fetch(server.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ broken fast }' }),
      });
      const text = await response.text();
      expect(text).not.toContain('hunter2');
      const body = JSON.parse(text) as { data: unknown; errors: { extensions: { code: string } }[] };
      expect(response.status).toBe(200);
      expect(body.data).toEqual({ broken: null, fast: 'fast' });
      expect(body.errors[0]?.extensions.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
      const requestId = response.headers.get('x-request-id');
      const entry = server.logged.find((l) => l.msg === 'request error' && l.requestId === requestId);
      expect(entry).toMatchObject({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: SECRET_DETAIL });
    });
  });

  describe('methods', () => {
    it('refuses a mutation sent by GET with 405 and Allow: POST', async () => {
      const a = await answer(
        await fetch(`${server.endpoint}?query=${encodeURIComponent('mutation { touch }')}`, {
          headers: { 'apollo-require-preflight': 'true' },
        }),
      );
      expect(a.status).toBe(405);
      expect(a.headers.get('allow')).toBe('POST');
      expect(codeOf(a)).toBe('BAD_REQUEST');
    });

    it('runs the same mutation by POST', async () => {
      const a = await post(server.endpoint, 'mutation { touch }');
      expect(a.status).toBe(200);
      expect(a.body.data).toEqual({ touch: true });
    });
  });
});
