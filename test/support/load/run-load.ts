// The load generator, run in a process of its own (never in the server's, never in the test runner's):
//
//   node --import tsx test/support/load/run-load.ts --url http://127.0.0.1:4000/graphql \
//        --connections 10 --duration 25 [--no-verify]
//
// First a verification pass asks every operation of the explorer's mix once (fetch, one after another) and checks
// that each answers 200 with `data` and no `errors` — this also warms the server as a first visitor would. Then
// autocannon sends the mix (test/support/load/explorer-mix.ts) over `connections` keep-alive connections for
// `duration` seconds, each connection starting at its own place in the mix; every response body is checked for a top-level `errors` member, and one in 25 is parsed in
// full and must carry `data` without `errors`. The last line of stdout is one JSON object (LoadReport).
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { EXPLORER_MIX, mixSequence, type MixEntry } from './explorer-mix.ts';
import type { LoadReport, OperationCount } from './load-report.ts';

const PARSE_EVERY = 25;

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '25' },
    'no-verify': { type: 'boolean', default: false },
  },
});
if (!values.url) {
  console.error('Usage: run-load.ts --url http://host:port/graphql [--connections N] [--duration SECONDS]');
  process.exit(2);
}
const url = new URL(values.url);
const connections = Number(values.connections);
const duration = Number(values.duration);

const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

function bodyOf(entry: MixEntry): string {
  return JSON.stringify({ query: entry.query, variables: entry.variables });
}

/** What is wrong with one answer, or null when it is a clean GraphQL success. */
function problem(status: number, text: string): string | null {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 300)}`;
  let payload: { data?: unknown; errors?: unknown };
  try {
    payload = JSON.parse(text) as { data?: unknown; errors?: unknown };
  } catch {
    return `not JSON: ${text.slice(0, 300)}`;
  }
  if (payload.errors !== undefined) return `errors: ${JSON.stringify(payload.errors).slice(0, 300)}`;
  if (payload.data === null || payload.data === undefined) return 'no data';
  return null;
}

async function verify(): Promise<{ name: string; problem: string }[]> {
  const failures: { name: string; problem: string }[] = [];
  for (const entry of EXPLORER_MIX) {
    const res = await fetch(url, { method: 'POST', headers: HEADERS, body: bodyOf(entry) });
    const found = problem(res.status, await res.text());
    if (found) failures.push({ name: entry.name, problem: found });
  }
  return failures;
}

async function main(): Promise<void> {
  const verification = values['no-verify'] ? [] : await verify();
  const counts = new Map<string, OperationCount>();
  const samples: string[] = [];
  let responses = 0;
  let parsed = 0;
  const sequence = mixSequence();
  const requests = sequence.map((entry) => ({
    method: 'POST' as const,
    path: url.pathname,
    headers: HEADERS,
    body: bodyOf(entry),
    onResponse: (status: number, text: string) => {
      responses += 1;
      const count = counts.get(entry.name) ?? { responses: 0, graphqlErrors: 0, non200: 0 };
      counts.set(entry.name, count);
      count.responses += 1;
      if (status !== 200) count.non200 += 1;
      // `"errors":` occurs in a JSON answer only as a member name (inside strings the quotes are escaped).
      let bad = status === 200 && text.includes('"errors":');
      if (!bad && responses % PARSE_EVERY === 0) {
        parsed += 1;
        bad = problem(status, text) !== null && status === 200;
      }
      if (bad) {
        count.graphqlErrors += 1;
        if (samples.length < 5) samples.push(`${entry.name}: ${text.slice(0, 300)}`);
      }
    },
  }));
  // Each connection starts at its own place in the sequence (they would all walk it from the start in step), so
  // even a short or slow run sends every part of the mix.
  let clients = 0;
  const setupClient = (client: autocannon.Client) => {
    const offset = Math.floor((clients * requests.length) / connections) % requests.length;
    clients += 1;
    client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
  };
  const result = await autocannon({
    url: url.origin,
    connections,
    duration,
    requests,
    setupClient,
    // No time limit of our own: an answer that comes late is reported in the latency, not counted as an error
    // (speed is reported, never asserted; docs/testing.md).
    timeout: 300,
  });
  const operations = Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const graphqlErrors = [...counts.values()].reduce((sum, c) => sum + c.graphqlErrors, 0);
  const report: LoadReport = {
    url: url.href,
    connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    throughput: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    responsesChecked: responses,
    bodiesParsed: parsed,
    graphqlErrors,
    errorSamples: samples,
    verificationFailures: verification,
    operations,
  };
  console.log(JSON.stringify(report));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
