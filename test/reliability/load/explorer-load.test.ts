// The explorer's read mix under a steady load from a second process on loopback: a spawned atlas with the curated
// data and the reference Kreise, 10 keep-alive connections (the documented capacity, docs/testing.md) for 25 s.
// Throughput and latency are reported, never asserted; what must hold is that every request is answered, with
// HTTP 2xx and a GraphQL body without `errors`.
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_MIX } from '../../support/load/explorer-mix.ts';
import { seedStartUpData, startLoadAtlas, type LoadAtlas } from '../../support/load/load-atlas.ts';
import { formatLoadReport, runLoad, stopLoadGenerators } from '../../support/load/load-report.ts';

const CONNECTIONS = 10;
const DURATION_SECONDS = 25;

describe('the explorer’s read mix under load', () => {
  let server: LoadAtlas;

  beforeAll(async () => {
    await seedStartUpData();
    server = await startLoadAtlas();
  });
  afterAll(async () => {
    stopLoadGenerators();
    await server?.stop();
  });

  it(`answers ${CONNECTIONS} connections for ${DURATION_SECONDS} s with no error, no non-2xx and no GraphQL error`, async () => {
    const report = await runLoad({
      url: server.graphqlUrl,
      connections: CONNECTIONS,
      durationSeconds: DURATION_SECONDS,
    });
    const load = os.loadavg().map((l) => l.toFixed(2));
    console.log(`${formatLoadReport(report)}; load average ${load.join(' ')} (${os.cpus().length} CPUs)`);
    console.log(`per operation: ${JSON.stringify(report.operations)}`);

    expect(report.verificationFailures).toEqual([]);
    expect(report.requests).toBeGreaterThan(0);
    expect(report.errors).toBe(0);
    expect(report.timeouts).toBe(0);
    expect(report.non2xx).toBe(0);
    expect(report.errorSamples).toEqual([]);
    expect(report.graphqlErrors).toBe(0);
    // Every answer was checked, and every operation of the mix was sent under load.
    expect(report.responsesChecked).toBeGreaterThanOrEqual(report.requests);
    expect(Object.keys(report.operations).sort()).toEqual(
      [...new Set(EXPLORER_MIX.map((e) => e.name))].sort(),
    );
    // The server is still up.
    expect(server.atlas.child.exitCode).toBeNull();
  });
});
