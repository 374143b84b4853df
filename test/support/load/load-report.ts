// What one run of the load generator (run-load.ts) reports, and how the tests start it: in a child process of its
// own, so the load generator shares neither the server's nor the test runner's event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../server/config/project-root.ts';

export interface OperationCount {
  responses: number;
  /** 200 answers whose body had a top-level `errors` (or, when parsed, no `data`). */
  graphqlErrors: number;
  non200: number;
}

export interface LoadReport {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Requests answered. */
  readonly requests: number;
  /** Mean requests per second. */
  readonly throughput: number;
  readonly latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Connection errors (timeouts included), as autocannon counts them. */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Responses whose body was checked for `errors` (every one) … */
  readonly responsesChecked: number;
  /** … and of them, how many were parsed in full. */
  readonly bodiesParsed: number;
  readonly graphqlErrors: number;
  readonly errorSamples: readonly string[];
  /** Operations of the mix that did not answer cleanly when asked once before the load. */
  readonly verificationFailures: readonly { name: string; problem: string }[];
  readonly operations: Record<string, OperationCount>;
}

export interface LoadOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Skip the verification pass (each operation asked once and checked before the load). */
  readonly noVerify?: boolean;
}

const running = new Set<ChildProcess>();

/** Ends load generators still running (a test that timed out): call it in `afterAll`. */
export function stopLoadGenerators(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Runs test/support/load/run-load.ts in a child Node process and returns its report. */
export function runLoad(options: LoadOptions): Promise<LoadReport> {
  const script = path.join(projectRoot, 'test', 'support', 'load', 'run-load.ts');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      script,
      '--url',
      options.url,
      '--connections',
      String(options.connections),
      '--duration',
      String(options.durationSeconds),
      ...(options.noVerify ? ['--no-verify'] : []),
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      running.delete(child);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`the load generator exited with ${code}:\n${stderr}\n${stdout}`));
        return;
      }
      resolve(JSON.parse(last) as LoadReport);
    });
  });
}

/** The report in one line the docs can quote. */
export function formatLoadReport(report: LoadReport): string {
  const l = report.latencyMs;
  return (
    `load: ${report.connections} connections × ${report.durationSeconds} s, explorer read mix: ` +
    `${report.requests} requests, ${report.throughput.toFixed(1)} req/s, ` +
    `latency p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms; ` +
    `errors ${report.errors} (timeouts ${report.timeouts}), non-2xx ${report.non2xx}, ` +
    `GraphQL errors ${report.graphqlErrors} in ${report.responsesChecked} bodies checked ` +
    `(${report.bodiesParsed} parsed in full)`
  );
}
