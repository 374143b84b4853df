// Neo4j stops and comes back under a steady read load. The atlas runs in this process against a Neo4j of the test's
// own (the shared test Neo4j must stay up), so the test can see the driver's open sessions and any unhandled
// rejection. While Neo4j is down every answer is either served without the database or the typed
// DATABASE_UNAVAILABLE — never a masked INTERNAL_SERVER_ERROR, a 500 or a dropped connection — /healthz answers
// and the process stays up; once Neo4j is back the same server answers again by itself, with no session left open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtlas, type AtlasHandle } from '../../../server/app/start-atlas.ts';
import { loadConfig } from '../../../server/config/config.ts';
import { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { loadSmallAtlas } from '../../integration/graphql/write/support/small-atlas.ts';
import { startDedicatedNeo4j, type DedicatedNeo4j } from '../../support/dedicated-neo4j.ts';
import { steadyReads, type ReadSample } from '../../support/steady-reads.ts';

/** What the explorer asks: lists, a record, search, the network view, an analysis. */
const EXPLORER_QUERIES = [
  '{ actors(first: 20) { nodes { id name } } }',
  '{ actor(id: "caritas-bergstrasse") { id name } }',
  '{ search(text: "Bergstraße", first: 10) { __typename } }',
  'query ($at: Date) { network(region: "de-06431", activeAt: $at) { nodes { id } } }',
  'query ($at: Date) { overlaps(at: $at, first: 5) { score } }',
];

const OK = (s: ReadSample) => s.outcome === 'ok';
const UNAVAILABLE = (s: ReadSample) => s.outcome.endsWith(ErrorCode.DATABASE_UNAVAILABLE);

describe('Neo4j stopped and restarted under a steady read load', () => {
  let neo4j: DedicatedNeo4j;
  let atlas: AtlasHandle;
  const unhandled: unknown[] = [];
  /** What the server logged as errors: the cause behind any masked answer. */
  const errorLog: string[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    neo4j = await startDedicatedNeo4j();
    const { uri, user, password } = neo4j.connection;
    const config = loadConfig({
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      PORT: '0',
      ATLAS_SEED: 'never',
      ATLAS_WARM_UP: 'false',
      // Far above what a read takes even on a busy machine: a LIMIT_EXCEEDED here would be the machine, not the
      // fault. The driver gives up on an unreachable database after NEO4J_CONNECT_TIMEOUT_MS (5 s) all the same.
      ATLAS_DEADLINE_MS: '120000',
    });
    const quiet = () => undefined;
    // Seeded on a connection of its own with a generous timeout: a cold database on a busy machine is slow.
    const seeding = await Database.connect(neo4j.connection, 180_000);
    try {
      await loadSmallAtlas(seeding);
    } finally {
      await seeding.close();
    }
    atlas = await startAtlas(
      config,
      quiet,
      createLogger('error', (line) => errorLog.push(line)),
    );
    // Starting and seeding a Neo4j of its own takes a minute on a quiet machine, several on a busy one.
  }, 900_000);

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await atlas?.stop();
    await neo4j?.remove();
  });

  it('answers DATABASE_UNAVAILABLE while it is down and recovers by itself when it is back', async () => {
    const load = steadyReads(`${atlas.url}graphql`, EXPLORER_QUERIES);
    load.phase('before');
    await load.waitFor('before', 20, OK);

    load.phase('outage');
    const down = Date.now();
    await neo4j.stop();
    const stopped = Date.now();
    await load.waitFor('outage', 10, () => true);
    const health = await fetch(`${atlas.url}healthz`);
    expect(health.status).toBe(200);

    await neo4j.start();
    const back = Date.now();
    load.phase('recovery');
    await load.waitFor('recovery', 1, OK);
    const firstOk = load.samples.find((s) => s.phase === 'recovery' && OK(s))?.at ?? NaN;
    load.phase('after');
    await load.waitFor('after', 20, OK);
    await load.stop();

    const report = {
      neo4jStopMs: stopped - down,
      outageMs: back - down,
      recoveryMs: firstOk - back,
      before: load.tally('before'),
      outage: load.tally('outage'),
      recovery: load.tally('recovery'),
      after: load.tally('after'),
      slowest: [...load.samples]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((x) => `${x.phase} ${x.outcome} ${x.ms} ms, answered ${x.at - back} ms after the restart`),
      openSessions: atlas.db.openSessions,
      errorLog: errorLog.slice(0, 5).map((line) => line.slice(0, 600)),
      unhandled: unhandled.map(String),
    };
    console.log(JSON.stringify(report, null, 2));

    // Soft: one run reports every broken promise at once.
    // Before, and once recovered: every answer is a good one.
    // (A request sent just before the stop may be answered during it: judged by the outage's rules below.)
    const answeredBefore = load.samples.filter((x) => x.phase === 'before' && x.at < down);
    expect.soft([...new Set(answeredBefore.map((x) => x.outcome))]).toEqual(['ok']);
    expect.soft(Object.keys(report.after)).toEqual(['ok']);
    // Down (and until the first good answer): the typed code, or an answer that needed no database (cached).
    expect.soft(load.samples.filter(UNAVAILABLE).length).toBeGreaterThan(0);
    const allowed = [`200 ${ErrorCode.DATABASE_UNAVAILABLE}`, `503 ${ErrorCode.DATABASE_UNAVAILABLE}`, 'ok'];
    const duringFault = load.samples.filter(
      (x) => x.phase === 'outage' || x.phase === 'recovery' || (x.phase === 'before' && x.at >= down),
    );
    expect.soft(duringFault.map((x) => x.outcome).filter((o) => !allowed.includes(o))).toEqual([]);
    expect.soft(report.unhandled).toEqual([]);
    expect.soft(report.openSessions).toBe(0);
    // The same server is still there: no restart was needed.
    expect((await fetch(`${atlas.url}healthz`)).status).toBe(200);
    // Two Neo4j starts (the second on a cold page cache) and the load: minutes, more on a busy machine.
  }, 900_000);
});
