// The campaign's properties where errors must be masked: operations generated from a schema whose fields fail as
// real resolvers can (faulty-schema-server.ts) go through the atlas's own Apollo set-up and HTTP handler. Every
// unexpected error reaches the client as INTERNAL_SERVER_ERROR with the masked message only — no driver text,
// Cypher, file or stack — and each is logged in full under the request id the client got.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { Figures, errorsOf, pollHealth, runCampaign } from '../../support/hostile/campaign.ts';
import { validRequests } from '../../support/hostile/hostile-requests.ts';
import {
  INTERNAL_DETAIL,
  faultySchema,
  startFaultyServer,
  type FaultyServer,
} from '../../support/hostile/faulty-schema-server.ts';
import { ODD_STRINGS, validOperations } from '../../support/hostile/schema-operations.ts';
import { connectTestDatabase } from '../../support/test-neo4j.ts';

describe('generated operations over failing fields', () => {
  let db: Database;
  let server: FaultyServer;

  beforeAll(async () => {
    db = await connectTestDatabase();
    server = await startFaultyServer(db);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it('mask every unexpected error and log it under the request id', async () => {
    const schema = faultySchema();
    const operations = validOperations(
      schema,
      { ids: ['a', 'b'], strings: ODD_STRINGS },
      { maxDepth: 3, maxFields: 3, mutationRate: 0 },
    );
    const figures = new Figures();
    const masked: string[] = [];
    const health = pollHealth(server.base);
    try {
      await runCampaign({
        base: server.base,
        requests: validRequests(schema, operations),
        seed: 5150,
        numRuns: 200,
        figures,
        check: (e) => {
          const internal = (errorsOf(e.text) ?? []).filter(
            (err) => err.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR,
          );
          if (internal.length > 0) masked.push(String(e.headers['x-request-id']));
          return e.text.includes('Neo.ClientError') ? ['driver text in the answer'] : [];
        },
      });
    } finally {
      const report = await health.stop();
      console.log(figures.table('error masking'));
      console.log(`healthz: ${report.polls} polls, ${report.failures.length} unanswered`);
      expect(report.failures).toEqual([]);
    }
    // The campaign did meet masked errors, and the log has each in full under its request id.
    expect(masked.length).toBeGreaterThan(10);
    const logged = server.logged.filter((l) => l.msg === 'request error');
    for (const requestId of masked) {
      const lines = logged.filter((l) => l.requestId === requestId);
      expect(lines.length, `no log line for request ${requestId}`).toBeGreaterThan(0);
    }
    expect(JSON.stringify(logged)).toContain(INTERNAL_DETAIL);
  });
});
