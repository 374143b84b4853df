// Generated GraphQL requests, valid and hostile, against the atlas in its own process (small fixture): every
// answer keeps the error policy (no 5xx but a deadline's 504, a known code on every error, nothing unmasked: no
// stack, file, Neo4j or Cypher text) and /healthz answers throughout. Seeded, so a failure reproduces with its
// shrunk request; the long run is test/reliability/hostile/. Then the requests the campaign found answered 500
// or with the runtime's words, each kept as an example.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { buildSchema } from '../../../server/graphql/build-schema.ts';
import {
  Figures,
  errorsOf,
  pollHealth,
  runCampaign,
  send,
  violations,
} from '../../support/hostile/campaign.ts';
import { hostileRequests, validRequests } from '../../support/hostile/hostile-requests.ts';
import { startHostileAtlas, valuePools, type HostileAtlas } from '../../support/hostile/hostile-server.ts';
import { validOperations } from '../../support/hostile/schema-operations.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { loadSmallAtlas } from '../graphql/write/support/small-atlas.ts';

const schema = buildSchema();
const SEED = 20260601;

describe('generated requests against a running atlas', () => {
  let db: Database;
  let server: HostileAtlas;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    await loadSmallAtlas(db);
    // A deadline a busy machine does not reach: 504 would pass the properties, but answer nothing else.
    server = await startHostileAtlas({ ATLAS_DEADLINE_MS: '60000' });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it('answers every one within the error policy, and /healthz throughout', async () => {
    const pools = await valuePools(server.base);
    const operations = validOperations(schema, pools);
    const requests = fc.oneof(validRequests(schema, operations), hostileRequests(schema, pools, operations));
    const figures = new Figures();
    const health = pollHealth(server.base);
    let polls;
    try {
      await runCampaign({ base: server.base, requests, seed: SEED, numRuns: 300, figures });
    } finally {
      polls = await health.stop();
      console.log(figures.table(`hostile campaign, seed ${SEED}`));
      console.log(`healthz: ${polls.polls} polls, ${polls.failures.length} unanswered`);
    }
    expect(polls.failures).toEqual([]);
    expect(polls.polls).toBeGreaterThan(0);
    expect(server.running()).toBe(true);
    // The generator still writes what it means to: valid operations validate, and many run to a clean answer.
    expect(figures.graphqlInvalid).toBeLessThanOrEqual(figures.graphqlValid / 20);
    expect(figures.cleanData).toBeGreaterThan(20);
  }, 1_200_000);

  // Each answered 500 INTERNAL_SERVER_ERROR, an undocumented code, or the runtime's "Maximum call stack size
  // exceeded" before the fixes in server/graphql (execution-guard.ts, format-error.ts, apollo.ts,
  // parser-overflow.ts). A persisted-query error keeps Apollo's status 200, as APQ clients expect.
  it.each([
    [
      'several operations and no operationName',
      400,
      { query: 'query A { site { feedbackUrl } } query B { topics { id } }' },
    ],
    [
      'an operationName the document does not hold',
      400,
      { query: '{ site { feedbackUrl } }', operationName: 'Nope' },
    ],
    [
      'a persisted-query hash',
      200,
      {
        query: '{ site { feedbackUrl } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
      },
    ],
    ['a subscription', 400, { query: 'subscription { site { feedbackUrl } }' }],
    [
      'lists nested 2,000 deep',
      400,
      { query: `{ actors(kinds: ${'['.repeat(2000)}"x"${']'.repeat(2000)}) { totalCount } }` },
    ],
  ])(
    'refuses %s with a known code (status %i), not 500 or the runtime’s words',
    async (_name, status, body) => {
      const e = await send(server.base, {
        kind: 'example',
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(violations(e)).toEqual([]);
      expect(e.status).toBe(status);
      const codes = (errorsOf(e.text) ?? []).map((err) => err.extensions?.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(codes).not.toContain(ErrorCode.INTERNAL_SERVER_ERROR);
      expect(e.text).not.toMatch(/Maximum call stack|Cannot read properties/);
    },
  );
});
