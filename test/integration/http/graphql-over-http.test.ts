import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import { ATLAS_VERSION } from '../../../server/config/version.ts';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';
import { answer, codeOf, post } from './http-client.ts';

const HEALTH = '{ health { atlasVersion } }';

describe('GraphQL over HTTP at /graphql (default limits)', () => {
  let db: Database;
  let atlas: AtlasHandle;
  let endpoint: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    atlas = await startTestServer();
    endpoint = `${atlas.url}graphql`;
  });
  afterAll(async () => {
    await atlas?.stop();
    await db?.close();
  });

  describe('POST', () => {
    it('answers a query with 200 and application/json when no Accept is given', async () => {
      const a = await post(endpoint, HEALTH);
      expect(a.status).toBe(200);
      expect(a.contentType).toMatch(/^application\/json/);
      expect(a.body.data).toEqual({ health: { atlasVersion: ATLAS_VERSION } });
      expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('answers application/graphql-response+json when the client prefers it', async () => {
      const a = await post(
        endpoint,
        HEALTH,
        {},
        { accept: 'application/graphql-response+json, application/json' },
      );
      expect(a.status).toBe(200);
      expect(a.contentType).toMatch(/^application\/graphql-response\+json/);
    });

    it('answers 400 for a document that does not parse, in application/graphql-response+json', async () => {
      const a = await post(endpoint, '{ health { ', {}, { accept: 'application/graphql-response+json' });
      expect(a.status).toBe(400);
      expect(a.contentType).toMatch(/^application\/graphql-response\+json/);
      expect(codeOf(a)).toBe('GRAPHQL_PARSE_FAILED');
      expect(a.body.data).toBeUndefined();
    });

    it('answers 400 for a document that does not validate', async () => {
      const a = await post(endpoint, '{ noSuchField }', {}, { accept: 'application/graphql-response+json' });
      expect(a.status).toBe(400);
      expect(codeOf(a)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers 400 BAD_USER_INPUT for variables of the wrong type', async () => {
      const a = await post(endpoint, 'query ($n: Int!) { network(limit: $n) { truncated } }', { n: 'ten' });
      expect(a.status).toBe(400);
      expect(codeOf(a)).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('answers 406 when the client accepts no GraphQL response type', async () => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'image/png' },
        body: JSON.stringify({ query: HEALTH }),
      });
      expect(response.status).toBe(406);
    });

    it('answers 401 UNAUTHENTICATED for a bearer token it does not know', async () => {
      const a = await post(endpoint, HEALTH, {}, { authorization: 'Bearer not-a-token' });
      expect(a.status).toBe(401);
      expect(a.headers.get('www-authenticate')).toBe('Bearer');
      expect(codeOf(a)).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('answers 400 for a body that is not JSON', async () => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{ "query": ',
      });
      expect(response.status).toBe(400);
    });
  });

  describe('GET', () => {
    const url = (query: string) => `${endpoint}?query=${encodeURIComponent(query)}`;

    it('answers a query with 200 when it carries a preflight-forcing header', async () => {
      const a = await answer(await fetch(url(HEALTH), { headers: { 'apollo-require-preflight': 'true' } }));
      expect(a.status).toBe(200);
      expect(a.body.data?.health).toBeDefined();
    });

    it('answers a query with 200 when it says it sends JSON', async () => {
      const a = await answer(await fetch(url(HEALTH), { headers: { 'content-type': 'application/json' } }));
      expect(a.status).toBe(200);
    });

    it('answers 405 for a method other than GET and POST', async () => {
      const response = await fetch(endpoint, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEALTH }),
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, POST');
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a GET without a preflight-forcing header, before running anything', async () => {
      const a = await answer(await fetch(`${endpoint}?query=${encodeURIComponent(HEALTH)}`));
      expect(a.status).toBe(400);
      expect(codeOf(a)).toBe('BAD_REQUEST');
      expect(a.body.data).toBeUndefined();
    });

    it('refuses a simple text/plain POST, which a foreign web page could send without asking', async () => {
      const a = await answer(
        await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query: HEALTH }),
        }),
      );
      expect(a.status).toBe(400);
      expect(codeOf(a)).toBe('BAD_REQUEST');
    });
  });

  describe('introspection (on by default: researchers and the explorer need the schema)', () => {
    it("answers the explorer's full introspection query within the default limits", async () => {
      const a = await post(endpoint, getIntrospectionQuery());
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      const schema = a.body.data?.__schema as { queryType: { name: string } };
      expect(schema.queryType.name).toBe('Query');
    });
  });
});

describe('introspection switched off (ATLAS_INTROSPECTION=false)', () => {
  let db: Database;
  let atlas: AtlasHandle;

  beforeAll(async () => {
    db = await connectTestDatabase();
    atlas = await startTestServer({ ATLAS_INTROSPECTION: 'false' });
  });
  afterAll(async () => {
    await atlas?.stop();
    await db?.close();
  });

  it('refuses introspection with 400 and still answers queries', async () => {
    const endpoint = `${atlas.url}graphql`;
    const refused = await post(endpoint, '{ __schema { queryType { name } } }');
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors?.[0]?.extensions?.validationErrorCode).toBe('INTROSPECTION_DISABLED');
    const ok = await post(endpoint, HEALTH);
    expect(ok.status).toBe(200);
  });
});
