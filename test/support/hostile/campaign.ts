// Sends generated requests to a running atlas and checks every answer against the properties of the error
// policy (docs/http-and-limits.md): no 5xx but a deadline's 504 LIMIT_EXCEEDED; every refusal says why, with a
// known code; no message shows a stack, a path, Neo4j's or Cypher's text; an unexpected error reaches the client
// only masked. While a campaign runs, /healthz is polled and every poll must be answered.
import http from 'node:http';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import type { HttpCase } from './hostile-requests.ts';

/** Every code a client may see in `extensions.code`: ours, and the two of GraphQL's own refusals. */
export const KNOWN_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
]);

export const MASKED_MESSAGE = 'Internal server error';

/** What must never show in an error a client gets: internals of the server, the database or the runtime. */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /\bat (?:async )?[\w$.<>[\]]+ \(\S*:\d+:\d+\)|^\s+at \S+/m, // a stack frame: "at fn (file:line:col)"
  /[\w-]+\.(?:ts|js|mjs|cjs|cypher|java):\d+/, // file:line
  /(?:^|[\s("'])\/(?:work|home|tmp|usr|root|opt)\//, // an absolute path
  /node_modules|file:\/\//,
  /Neo\.(?:Client|Transient|Database)Error|neo4j|Neo4j|bolt:\/\//,
  /cypher|Cypher|\b(?:MATCH|MERGE|UNWIND|RETURN|OPTIONAL MATCH|DETACH DELETE)\b/,
  /\b(?:TypeError|RangeError|ReferenceError|Maximum call stack)\b/,
  /Unexpected token|in JSON at position/,
];

/** One request and what came back; `status` undefined when no answer came (reset, or no answer in time). */
export interface Exchange {
  readonly request: HttpCase;
  readonly status: number | undefined;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  readonly failure?: string;
}

interface ErrorShape {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

/** Sends one request on its own connection; a compressed answer is decompressed. */
export function send(base: string, c: HttpCase, timeoutMs = 120_000): Promise<Exchange> {
  const url = new URL(c.path, base);
  return new Promise((resolve) => {
    let settled = false;
    const done = (e: Omit<Exchange, 'request'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ request: c, ...e });
    };
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: c.method,
        path: url.pathname + url.search,
        // With its length, so a body goes framed whatever the method (Node sends none for DELETE or OPTIONS).
        headers:
          c.body === undefined
            ? c.headers
            : { 'content-length': String(Buffer.byteLength(c.body)), ...c.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (err) => done({ status: undefined, headers: {}, text: '', failure: err.message }));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          let text: string;
          try {
            text = (
              encoding === 'br'
                ? zlib.brotliDecompressSync(raw)
                : encoding === 'gzip'
                  ? zlib.gunzipSync(raw)
                  : raw
            ).toString('utf8');
          } catch (err) {
            return done({ status: res.statusCode, headers: res.headers, text: '', failure: String(err) });
          }
          done({ status: res.statusCode, headers: res.headers, text });
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      done({ status: undefined, headers: {}, text: '', failure: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    // A refused body (413) may reset the connection while we still write: the answer, if any, still counts.
    req.on('error', (err) => {
      setTimeout(() => done({ status: undefined, headers: {}, text: '', failure: err.message }), 50);
    });
    if (c.body !== undefined) req.end(c.body);
    else req.end();
  });
}

/** The errors of a GraphQL-shaped body, or undefined when the body is not one. */
export function errorsOf(text: string): ErrorShape[] | undefined {
  try {
    const body = JSON.parse(text) as { errors?: unknown; data?: unknown };
    if (typeof body !== 'object' || body === null) return undefined;
    if (body.errors === undefined) return 'data' in body ? [] : undefined;
    return Array.isArray(body.errors) ? (body.errors as ErrorShape[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The leak patterns that match `text`, except where the request itself holds the matching text (an echo). */
export function leaksIn(text: string, request: HttpCase): string[] {
  const sent = `${request.path}\n${request.body ?? ''}`;
  const found: string[] = [];
  for (const pattern of LEAK_PATTERNS) {
    const match = pattern.exec(text);
    if (match && !sent.includes(match[0])) found.push(`${pattern.source} ⇒ ${JSON.stringify(match[0])}`);
  }
  return found;
}

/** The properties every answer must have; each broken one is a line saying what. */
export function violations(e: Exchange): string[] {
  const problems: string[] = [];
  if (e.status === undefined) {
    // The body limit may cut the connection before the client has finished writing: that is the refusal.
    if (e.request.kind !== 'body-too-large') problems.push(`no answer: ${e.failure ?? '?'}`);
    return problems;
  }
  if (e.failure !== undefined) problems.push(`unreadable answer: ${e.failure}`);
  const type = String(e.headers['content-type'] ?? '');
  const hasBody = e.request.method !== 'HEAD' && e.status !== 204 && e.status !== 304;
  if (hasBody && type.startsWith('text/html')) {
    // The explorer, for a browser's GET: only ever a 200 to a GET without a query.
    if (e.status !== 200 || e.request.method !== 'GET') problems.push(`HTML answer with status ${e.status}`);
    return problems;
  }
  // Node's HTTP parser refuses a request it cannot read with a bare status line and closes (http-server.ts).
  if (e.text === '' && type === '' && [400, 408, 413, 431].includes(e.status)) return problems;
  const errors = hasBody ? errorsOf(e.text) : [];
  const codes = (errors ?? []).map((err) => err.extensions?.code);
  if (
    e.status >= 500 &&
    !(e.status === 504 && codes.length > 0 && codes.every((c) => c === 'LIMIT_EXCEEDED'))
  ) {
    problems.push(`status ${e.status} (codes ${JSON.stringify(codes)})`);
  }
  if (!hasBody) return problems;
  if (errors === undefined) {
    problems.push(`not a GraphQL answer (${type}): ${e.text.slice(0, 200)}`);
    return problems;
  }
  if (e.status >= 400 && errors.length === 0) problems.push(`status ${e.status} without an error`);
  for (const err of errors) {
    const code = err.extensions?.code;
    if (typeof code !== 'string' || !KNOWN_CODES.has(code))
      problems.push(`unknown code ${JSON.stringify(code)}`);
    if (typeof err.message !== 'string') problems.push('error without a message');
    if (code === ErrorCode.INTERNAL_SERVER_ERROR && err.message !== MASKED_MESSAGE) {
      problems.push(`unmasked INTERNAL_SERVER_ERROR: ${String(err.message).slice(0, 200)}`);
    }
    for (const key of ['stacktrace', 'exception', 'originalError']) {
      if (err.extensions && key in err.extensions) problems.push(`extensions.${key} sent`);
    }
    const leaks = leaksIn(`${String(err.message)} ${JSON.stringify(err.extensions ?? {})}`, e.request);
    for (const leak of leaks) problems.push(`leak in ${String(code)}: ${leak}`);
  }
  return problems;
}

/** Counts for the report: what was sent, and what came back. */
export class Figures {
  readonly kinds = new Map<string, number>();
  /** `status code` → count; a code per answer (its first error's), `data` for a clean answer. */
  readonly outcomes = new Map<string, number>();
  readonly failures: { request: HttpCase; problems: string[] }[] = [];
  /** Requests answered INTERNAL_SERVER_ERROR: masked as they must be, but each a bug to look into. */
  readonly masked: HttpCase[] = [];
  requests = 0;
  graphqlValid = 0;
  graphqlInvalid = 0;
  cleanData = 0;

  record(e: Exchange, problems: readonly string[]): void {
    this.requests++;
    bump(this.kinds, e.request.kind);
    if (e.request.validates === true) this.graphqlValid++;
    if (e.request.validates === false) this.graphqlInvalid++;
    const errors = e.status === undefined ? undefined : errorsOf(e.text);
    const first = errors?.[0]?.extensions?.code;
    const label = e.status === undefined ? 'none' : String(e.status);
    const what =
      first !== undefined ? JSON.stringify(first).replace(/^"|"$/g, '') : errors?.length === 0 ? 'data' : '-';
    if (e.status === 200 && what === 'data') this.cleanData++;
    bump(this.outcomes, `${label} ${what}`);
    if (problems.length > 0) this.failures.push({ request: e.request, problems: [...problems] });
    if (errors?.some((err) => err.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)) {
      this.masked.push(e.request);
    }
  }

  table(title: string): string {
    const rows = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `  ${String(v).padStart(6)}  ${k}`)
        .join('\n');
    return [
      `${title}: ${this.requests} requests, ${this.failures.length} with broken properties`,
      `valid operations generated: ${this.graphqlValid} pass graphql-js validation, ${this.graphqlInvalid} do not; ` +
        `${this.cleanData} answers 200 with data and no error`,
      ...this.masked.slice(0, 5).map((c) => `masked INTERNAL_SERVER_ERROR for: ${describeCase(c)}`),
      'requests by kind:',
      rows(this.kinds),
      'answers by status and code:',
      rows(this.outcomes),
    ].join('\n');
  }
}

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

export interface HealthReport {
  readonly polls: number;
  readonly failures: readonly string[];
}

/** Polls /healthz one request after another until stopped; every poll must answer 200 {"status":"ok"}. */
export function pollHealth(base: string): { stop(): Promise<HealthReport> } {
  let stopped = false;
  let polls = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (!stopped) {
      const e = await send(base, { kind: 'healthz', method: 'GET', path: '/healthz', headers: {} }, 60_000);
      polls++;
      if (e.status !== 200 || e.text !== '{"status":"ok"}') {
        failures.push(`poll ${polls}: ${e.status ?? e.failure ?? '?'} ${e.text.slice(0, 100)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { polls, failures };
    },
  };
}

export interface CampaignOptions {
  readonly base: string;
  readonly requests: fc.Arbitrary<HttpCase>;
  readonly seed: number;
  readonly numRuns: number;
  readonly figures: Figures;
  /** More properties, for a campaign of its own (the leak check). */
  readonly check?: (e: Exchange) => string[];
}

/**
 * Runs the property over `numRuns` generated requests with fast-check (seeded: the same seed sends the same
 * requests), one after another. A broken property fails the run with the (shrunk) request that broke it.
 */
export async function runCampaign(options: CampaignOptions): Promise<void> {
  const property = fc.asyncProperty(options.requests, async (c) => {
    const e = await send(options.base, c);
    const problems = [...violations(e), ...(options.check?.(e) ?? [])];
    options.figures.record(e, problems);
    if (problems.length > 0) {
      throw new Error(
        `${problems.join('; ')}\nrequest: ${describeCase(c)}\nanswer: ${e.status} ${e.text.slice(0, 500)}`,
      );
    }
  });
  await fc.assert(property, { seed: options.seed, numRuns: options.numRuns });
}

/** A request, short enough for a failure message. */
export function describeCase(c: HttpCase): string {
  const body =
    c.body === undefined
      ? ''
      : ` ${c.body.length > 600 ? `${c.body.slice(0, 600)}… (${c.body.length} chars)` : c.body}`;
  const path = c.path.length > 300 ? `${c.path.slice(0, 300)}…` : c.path;
  return `[${c.kind}] ${c.method} ${path} ${JSON.stringify(c.headers)}${body}`;
}
