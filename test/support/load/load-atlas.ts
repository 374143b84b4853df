// The atlas a load test talks to: `server/main.ts` in a child process, as `npm start` runs it, on the test database
// holding what start-up seeding loads (the curated data and the reference Kreise, imported by the caller with
// seedStartUpData in the test process rather than by the server's start-up, whose transactions get its 15 s
// request deadline — too short for the 400 Kreise on a loaded 2-CPU machine),
// anonymous, warm-up off (the load generator's verification pass asks every question once first), with a request
// deadline of 10 minutes instead of 15 s (below). Optionally
// with the heap probe preloaded (test/support/load/heap-probe.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { START_UP_DATASETS } from '../../../server/config/curated-dataset.ts';
import { projectRoot } from '../../../server/config/project-root.ts';
import { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { findFreePort } from '../../../server/neo4j-local/port-check.ts';
import { spawnAtlas, type SpawnedAtlas } from '../spawn-atlas.ts';
import { resetDatabase, testConnection, testServerEnv } from '../test-neo4j.ts';

export interface LoadAtlas {
  readonly atlas: SpawnedAtlas;
  readonly pid: number;
  readonly graphqlUrl: string;
  /** The heap probe's samples (heapUsed) so far, ms counted from `sinceEpochMs`; empty without the probe. */
  heapSamples(sinceEpochMs: number): { ms: number; bytes: number }[];
  /** The heap and buffers in use right after each forced full collection, the same way; empty without the probe. */
  retainedSamples(sinceEpochMs: number): { ms: number; bytes: number }[];
  /** The resident set right after each forced full collection, the same way; empty without the probe. */
  rssAfterGcSamples(sinceEpochMs: number): { ms: number; bytes: number }[];
  stop(): Promise<void>;
}

/**
 * Empties the test database and imports what start-up seeding imports, through the same importer, on a connection
 * of its own whose transactions may take 3 minutes (the one import transaction of 450 regions and the curated data
 * took longer than 30 s on the 2-CPU machine at a load average of 20).
 */
export async function seedStartUpData(): Promise<void> {
  const db = await Database.connect(testConnection(), 180_000);
  try {
    await resetDatabase(db);
    const report = await runImport(db, START_UP_DATASETS, { allowDuplicates: true });
    if (!report.ok) {
      throw new Error(`the start-up datasets did not import: ${JSON.stringify(report.errors.slice(0, 5))}`);
    }
  } finally {
    await db.close();
  }
}

export async function startLoadAtlas(options: { heapProbe?: boolean } = {}): Promise<LoadAtlas> {
  const port = await findFreePort();
  const heapLog = options.heapProbe
    ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-heap-')), 'heap.jsonl')
    : null;
  const probe = path.join(projectRoot, 'test', 'support', 'load', 'heap-probe.ts');
  const atlas = spawnAtlas({
    ...process.env,
    ...testServerEnv({
      PORT: String(port),
      ATLAS_SEED: 'never',
      LOG_LEVEL: 'error',
      // The load tests assert that every request is answered, not how fast: a deadline of 10 minutes instead of 15 s
      // keeps a machine starved by other work (2 CPUs, load average 30 measured) from turning slow answers into
      // 504s. Latency is reported.
      ATLAS_DEADLINE_MS: '600000',
    }),
    ...(heapLog
      ? { NODE_OPTIONS: `--expose-gc --import tsx --import ${probe}`, ATLAS_TEST_HEAP_LOG: heapLog }
      : {}),
  });
  try {
    await atlas.waitFor(/is ready at http/, 240_000);
  } catch (err) {
    atlas.child.kill('SIGKILL');
    throw err;
  }
  return {
    atlas,
    pid: atlas.child.pid!,
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    heapSamples: (sinceEpochMs) => probeSeries(heapLog, 'heapUsed', sinceEpochMs),
    retainedSamples: (sinceEpochMs) => probeSeries(heapLog, 'retained', sinceEpochMs),
    rssAfterGcSamples: (sinceEpochMs) => probeSeries(heapLog, 'rssAfterGc', sinceEpochMs),
    async stop() {
      if (atlas.child.exitCode === null) atlas.child.kill('SIGTERM');
      await atlas.exited;
      if (heapLog) fs.rmSync(path.dirname(heapLog), { recursive: true, force: true });
    },
  };
}

/** One figure of the heap probe's log, as samples in ms since `sinceEpochMs`. */
function probeSeries(
  log: string | null,
  field: 'heapUsed' | 'retained' | 'rssAfterGc',
  sinceEpochMs: number,
): { ms: number; bytes: number }[] {
  if (!log || !fs.existsSync(log)) return [];
  const lines = fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  const rows = lines.map((l) => JSON.parse(l) as { t: number } & Partial<Record<typeof field, number>>);
  return rows.flatMap((r) => {
    const bytes = r[field];
    return bytes === undefined ? [] : [{ ms: r.t - sinceEpochMs, bytes }];
  });
}
