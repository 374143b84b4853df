// Expensive queries against a running atlas in its own process (as `npm start` runs it), on the curated dataset.
// Its own process, because what is at stake is the server's event loop: a test in the same process would stall
// with it. Nesting unpaged lists is refused before anything runs; a query the cost limit lets through (here,
// with the limit raised out of the way) that would run for minutes is stopped at its deadline, while /healthz
// and other queries are answered meanwhile and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { isRunning, spawnAtlas, type SpawnedAtlas } from '../../support/spawn-atlas.ts';
import { connectTestDatabase, resetDatabase, testServerEnv } from '../../support/test-neo4j.ts';
import { codeOf, post } from './http-client.ts';

/** Four levels of unpaged lists under a page of 100 sources: 168 characters. */
const NESTED =
  '{sources(first:100){nodes{citedBy{...on Region{sources{citedBy{...on Region{sources{citedBy{...on Region{sources{citedBy{...on Region{sources{citedBy{id}}}}}}}}}}}}}}}}';

/**
 * Down from the federal level and up again, six times: 17^6, some 24 million fields on the curated data, nearly
 * all from cached values. Estimated at 300^6 (Region.children), within the raised limit below.
 */
const HEAVY =
  '{region(id:"de"){children{parent{children{parent{children{parent{children{parent{children{parent{children{id}}}}}}}}}}}}}';

const TOPICS = '{ topics { id } }';

async function start(env: NodeJS.ProcessEnv): Promise<{ atlas: SpawnedAtlas; url: string }> {
  const atlas = spawnAtlas({ ...process.env, ...testServerEnv(env) });
  const ready = await atlas.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
  return { atlas, url: ready[1]! };
}

async function stop(atlas: SpawnedAtlas | undefined): Promise<void> {
  if (atlas && isRunning(atlas.child.pid!)) {
    // SIGKILL: without the fix the process is busy for minutes and would not get to its SIGTERM handler.
    atlas.child.kill('SIGKILL');
    await atlas.exited;
  }
}

describe('expensive queries to a running atlas (its own process)', () => {
  let db: Database;
  let defaults: { atlas: SpawnedAtlas; url: string } | undefined;
  let raised: { atlas: SpawnedAtlas; url: string } | undefined;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    [defaults, raised] = await Promise.all([
      start({}),
      // The cost and depth limits out of the way, so that only the deadline can stop HEAVY.
      start({
        ATLAS_MAX_COST: String(Number.MAX_SAFE_INTEGER),
        ATLAS_MAX_DEPTH: '20',
        ATLAS_DEADLINE_MS: '3000',
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([stop(defaults?.atlas), stop(raised?.atlas)]);
    await db?.close();
  });

  it('refuses nested unpaged lists before running them (LIMIT_EXCEEDED), and runs a plain query', async () => {
    const refused = await post(`${defaults!.url}graphql`, NESTED);
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe(ErrorCode.LIMIT_EXCEEDED);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxCost', maximum: 50000 });
    expect(refused.body.data).toBeUndefined();
    const plain = await post(`${defaults!.url}graphql`, '{ sources(first: 100) { nodes { id } } }');
    expect(plain.status).toBe(200);
    const ids = (plain.body.data as { sources: { nodes: { id: string }[] } }).sources.nodes.map((n) => n.id);
    expect(ids).toContain('doc-004');
  });

  it('answers /healthz all the while an expensive query runs, and that query ends at its deadline', async () => {
    let settled = false;
    const heavy = post(`${raised!.url}graphql`, HEAVY).finally(() => {
      settled = true;
    });
    // One health check after the other until the expensive query has its answer; each must come back.
    let answeredMeanwhile = 0;
    while (!settled) {
      const h = await fetch(`${raised!.url}healthz`);
      expect(h.status).toBe(200);
      if (!settled) answeredMeanwhile++;
    }
    expect(answeredMeanwhile).toBeGreaterThan(0);
    const q = await heavy;
    expect(q.status).toBe(504);
    expect(codeOf(q)).toBe(ErrorCode.LIMIT_EXCEEDED);
    expect(q.body.errors?.[0]?.extensions).toMatchObject({ limit: 'deadlineMs', maximum: 3000 });
  });

  it('stops the work at the deadline: the server answers the next requests, database and all', async () => {
    // Planned once beforehand, so that afterwards it measures the server, not Neo4j's first planning.
    expect((await post(`${raised!.url}graphql`, TOPICS)).status).toBe(200);
    const q = await post(`${raised!.url}graphql`, HEAVY);
    expect(q.status).toBe(504);
    // Without the stop, the work would go on after the 504 and hold the event loop for minutes.
    const [h, topics] = await Promise.all([
      fetch(`${raised!.url}healthz`),
      post(`${raised!.url}graphql`, TOPICS),
    ]);
    expect(h.status).toBe(200);
    expect(topics.status).toBe(200);
    const ids = (topics.body.data as { topics: { id: string }[] }).topics.map((t) => t.id);
    expect(ids).toContain('sprache-und-bildung');
  });
});
