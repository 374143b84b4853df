// Memory under a longer steady load: the explorer's read mix from a second process (10 connections, 4 minutes) at a
// spawned atlas whose resident set is read from /proc every 2 s (and its V8 heap, by the heap probe preloaded into
// it). After one minute of warm-up (caches filling, Neo4j plans, V8 sizing its heap) the least-squares slope of the
// RSS must stay below 5 MB per minute; a server that keeps 1 KB per request at ~100 requests/s grows by ~6 MB/min
// and fails it. The slope and the figures are printed in one line for docs/testing.md.
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStartUpData, startLoadAtlas, type LoadAtlas } from '../../support/load/load-atlas.ts';
import { formatLoadReport, runLoad, stopLoadGenerators } from '../../support/load/load-report.ts';
import { after, mb, sampleRss, slopeMbPerMinute } from '../../support/load/memory-slope.ts';

const CONNECTIONS = 10;
const DURATION_SECONDS = 240;
const WARM_UP_MS = 60_000;
const SAMPLE_EVERY_MS = 2_000;
/** The bound on the RSS slope after the warm-up, MB (10^6 bytes) per minute. */
const MAX_RSS_SLOPE_MB_PER_MIN = 5;

describe('memory under a steady load', () => {
  let server: LoadAtlas;

  beforeAll(async () => {
    await seedStartUpData();
    server = await startLoadAtlas({ heapProbe: true });
  });
  afterAll(async () => {
    stopLoadGenerators();
    await server?.stop();
  });

  it(`the server's RSS grows by less than ${MAX_RSS_SLOPE_MB_PER_MIN} MB/min over ${DURATION_SECONDS / 60} min of the explorer's read mix`, async () => {
    const startedAt = Date.now();
    const rss = sampleRss(server.pid, SAMPLE_EVERY_MS);
    const report = await runLoad({
      url: server.graphqlUrl,
      connections: CONNECTIONS,
      durationSeconds: DURATION_SECONDS,
      // The cold first answers fall into the warm-up minute; every body is still checked during the load.
      noVerify: true,
    }).finally(() => rss.stop());
    const samples = rss.samples();
    const steady = after(samples, WARM_UP_MS);
    const rssSlope = slopeMbPerMinute(steady);
    const heapSteady = after(server.heapSamples(startedAt), WARM_UP_MS);
    const heapSlope = slopeMbPerMinute(heapSteady);
    const first = steady[0]!;
    const last = steady[steady.length - 1]!;
    const peak = Math.max(...samples.map((s) => s.bytes));
    const load = os.loadavg().map((l) => l.toFixed(2));
    console.log(
      `memory: RSS slope ${rssSlope.toFixed(2)} MB/min (bound ${MAX_RSS_SLOPE_MB_PER_MIN}) over ` +
        `${((last.ms - first.ms) / 60_000).toFixed(1)} min after ${WARM_UP_MS / 1000} s warm-up, ` +
        `${steady.length} samples, RSS ${mb(first.bytes)} → ${mb(last.bytes)} MB (peak ${mb(peak)} MB); ` +
        `V8 heapUsed slope ${heapSlope.toFixed(2)} MB/min (${heapSteady.length} samples); ` +
        `load average ${load.join(' ')}`,
    );
    console.log(formatLoadReport(report));

    // Enough samples for a fit over the steady part (one every 2 s for 3 minutes: ~90).
    expect(steady.length).toBeGreaterThan(((DURATION_SECONDS * 1000 - WARM_UP_MS) / SAMPLE_EVERY_MS) * 0.8);
    expect(rssSlope).toBeLessThan(MAX_RSS_SLOPE_MB_PER_MIN);
    expect(report.errors).toBe(0);
    expect(report.non2xx).toBe(0);
    expect(report.graphqlErrors).toBe(0);
    expect(server.atlas.child.exitCode).toBeNull();
  });
});
