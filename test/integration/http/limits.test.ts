import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';
import { answer, codeOf, post, type GraphqlAnswer } from './http-client.ts';

/** Small limits, so that each can be reached with the real schema and a few characters of query. */
const LIMITS = {
  ATLAS_MAX_DEPTH: '3',
  ATLAS_MAX_COST: '100',
  ATLAS_MAX_ALIASES: '2',
  ATLAS_MAX_TOKENS: '60',
  ATLAS_MAX_BODY_BYTES: '4096',
};

const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

function expectRefused(a: GraphqlAnswer, limit: string): void {
  expect(a.status).toBe(400);
  expect(a.contentType).toMatch(/^application\/graphql-response\+json/);
  expect(codeOf(a)).toBe(ErrorCode.LIMIT_EXCEEDED);
  expect(a.body.errors?.[0]?.extensions?.limit).toBe(limit);
  expect(a.body.data).toBeUndefined();
}

describe('safety limits over HTTP', () => {
  let db: Database;
  let atlas: AtlasHandle;
  let endpoint: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    atlas = await startTestServer(LIMITS);
    endpoint = `${atlas.url}graphql`;
  });
  afterAll(async () => {
    await atlas?.stop();
    await db?.close();
  });

  it('depth (ATLAS_MAX_DEPTH): refuses a query nested deeper than the limit', async () => {
    expectRefused(
      await post(
        endpoint,
        '{ node(id: "x") { ... on Region { parent { parent { id } } } } }',
        {},
        GRAPHQL_RESPONSE,
      ),
      'maxDepth',
    );
    expect(await post(endpoint, '{ node(id: "x") { ... on Region { parent { id } } } }')).toMatchObject({
      status: 200,
    });
  });

  describe('cost (ATLAS_MAX_COST): list sizes multiply', () => {
    // network's `limit` sizes its nodes: 1 + (1 + $n × 1) = $n + 2.
    const query = 'query ($n: Int!) { network(limit: $n) { nodes { id } } }';

    it('from variables', async () => {
      const refused = await post(endpoint, query, { n: 200 }, GRAPHQL_RESPONSE);
      expectRefused(refused, 'maxCost');
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ maximum: 100, actual: 202 });
      // Executed (a `data` entry), not refused: what network() answers is its own tests' business.
      const allowed = await post(endpoint, query, { n: 50 });
      expect(allowed.status).toBe(200);
      expect(allowed.body).toHaveProperty('data');
    });

    it("from literals, and from the schema's default when the argument is left out", async () => {
      expectRefused(
        await post(endpoint, '{ network(limit: 150) { nodes { id } } }', {}, GRAPHQL_RESPONSE),
        'maxCost',
      );
      // network's limit defaults to 200.
      expectRefused(await post(endpoint, '{ network { nodes { id } } }', {}, GRAPHQL_RESPONSE), 'maxCost');
    });

    it('counts a page by its items: totalCount and pageInfo once, whatever the page size', async () => {
      const a = await post(endpoint, '{ actors(first: 100) { totalCount pageInfo { hasNextPage } } }');
      expect(a.status).toBe(200);
      expect(a.body).toHaveProperty('data');
    });

    it('counts a list without a size argument by its declared size, not as 1', async () => {
      // targetGroups is a vocabulary, declared at 50: 1 + 50 × 1 passes, 1 + 50 × 3 does not.
      expect((await post(endpoint, '{ targetGroups { id } }')).status).toBe(200);
      const refused = await post(endpoint, '{ targetGroups { id labelDe labelEn } }', {}, GRAPHQL_RESPONSE);
      expectRefused(refused, 'maxCost');
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ actual: 151 });
      // Nested under a single source, a source's citing entities count thousands.
      expectRefused(
        await post(endpoint, '{ source(id: "doc-004") { citedBy { id } } }', {}, GRAPHQL_RESPONSE),
        'maxCost',
      );
    });
  });

  it('aliases (ATLAS_MAX_ALIASES): refuses more aliases than the limit', async () => {
    const query = '{ a: health { neo4jVersion } b: health { neo4jVersion } c: health { neo4jVersion } }';
    expectRefused(await post(endpoint, query, {}, GRAPHQL_RESPONSE), 'maxAliases');
    expect((await post(endpoint, '{ a: health { neo4jVersion } b: health { nodeCount } }')).status).toBe(200);
  });

  it('tokens (ATLAS_MAX_TOKENS): the parser stops at the first token past the limit', async () => {
    // 2 braces + 4 tokens per repetition: 58 tokens pass, 62 do not.
    const document = (n: number) => `{ ${'health { neo4jVersion } '.repeat(n)}}`;
    expect((await post(endpoint, document(14))).status).toBe(200);
    const refused = await post(endpoint, document(15), {}, GRAPHQL_RESPONSE);
    expectRefused(refused, 'maxTokens');
    expect(refused.body.errors?.[0]?.extensions?.maximum).toBe(60);
  });

  it('body size (ATLAS_MAX_BODY_BYTES): answers 413 without reading the rest', async () => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...GRAPHQL_RESPONSE },
      body: JSON.stringify({ query: `{ health { neo4jVersion } }${' '.repeat(5000)}` }),
    });
    const a = await answer(response);
    expect(a.status).toBe(413);
    expect(a.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(codeOf(a)).toBe(ErrorCode.LIMIT_EXCEEDED);
    expect(a.body.errors?.[0]?.extensions?.limit).toBe('maxBodyBytes');
  });
});
