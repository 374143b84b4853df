// The atlas server a benchmark talks to over HTTP: `server/main.ts` in a child process, as `npm start` runs it,
// on the bench's database (NEO4J_URI), with Server-Timing on so statements per request can be counted. Its own
// process, so its peak memory is its own (VmHWM, Linux) and the bench's work does not share its event loop.
import fs from 'node:fs';
import type { Neo4jConnection } from '../../../server/config/config.ts';
import { findFreePort } from '../../../server/neo4j-local/port-check.ts';
import { spawnAtlas } from '../../support/spawn-atlas.ts';

export interface BenchServer {
  readonly url: string;
  readonly pid: number;
  /** The most resident memory the process has had so far, in bytes; null where /proc is not available. */
  peakRssBytes(): number | null;
  stop(): Promise<void>;
}

export async function startBenchServer(connection: Neo4jConnection): Promise<BenchServer> {
  const port = await findFreePort();
  const atlas = spawnAtlas({
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password ?? '',
    NEO4J_DATABASE: connection.database,
    PORT: String(port),
    ATLAS_SEED: 'never',
    ATLAS_WARM_UP: 'false',
    ATLAS_SERVER_TIMING: 'true',
    LOG_LEVEL: 'warn',
  });
  await atlas.waitFor(/is ready at http/, 180_000);
  const pid = atlas.child.pid!;
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    peakRssBytes: () => peakRss(pid),
    async stop() {
      atlas.child.kill('SIGTERM');
      await atlas.exited;
    },
  };
}

function peakRss(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
