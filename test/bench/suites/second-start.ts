// The wall-clock time of a second `npm start`: the jars, the database and the built client are there, so what
// remains is Neo4j's start, the migration check, the seeding check and the server's own start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../server/config/project-root.ts';
import { findFreePort } from '../../../server/neo4j-local/port-check.ts';
import type { FigureResult } from '../harness/report.ts';
import { summarise } from '../harness/stats.ts';

/** Runs `npm start` until its ready line; returns the milliseconds it took, then stops it (the process group). */
async function startOnce(env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not get ready:\n${output}`)), 300_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/is ready at http/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with ${code}:\n${output}`));
      });
    });
    return performance.now() - started;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

export async function secondStart(
  scratch: string,
  rounds: number,
  say: (line: string) => void,
): Promise<FigureResult> {
  const home = path.join(scratch, 'start-home');
  fs.mkdirSync(home, { recursive: true });
  // Its own local Neo4j, whatever NEO4J_URI the bench was given.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_HOME: home,
    NEO4J_LOCAL_BOLT_PORT: String(await findFreePort()),
    PORT: String(await findFreePort()),
    ATLAS_WARM_UP: 'false',
  };
  delete env.NEO4J_URI;
  const first = await startOnce(env);
  say(`first npm start (seeds the curated data): ${(first / 1000).toFixed(1)} s`);
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) times.push(await startOnce(env));
  const sample = summarise(times);
  return {
    kind: 'figure',
    key: 'second_npm_start_ms',
    what: 'wall-clock time of `npm start` to its ready line when it has run once before (jars, database and client in place)',
    value: Math.round(sample.median),
    unit: 'ms',
    note: `median of ${sample.rounds}, p90 ${Math.round(sample.p90)} ms; the first start (seeding) took ${Math.round(first)} ms`,
  };
}
