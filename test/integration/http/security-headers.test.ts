// Every answer of the server, whatever route, status or error, carries the security headers; the page and the
// client's files carry the client's policy, the explorer its own, everything else a policy that allows nothing.
// The routes are the real handlers over a real Neo4j (routes-server.ts); raw sockets reach the answers Node
// writes itself (a request that does not parse, CONNECT).
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { EXPLORER_CSP } from '../../../server/http/explorer-page.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { CLIENT_CSP, NO_CONTENT_CSP } from '../../../server/http/security-headers.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { headerOf, rawExchange } from './raw-socket.ts';
import { ADMIN_TOKEN, CLIENT_FILES, startRoutesServer, type RoutesServer } from './routes-server.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' } } as const;
const QUERY = JSON.stringify({ query: '{ health { nodeCount } }' });

type Policy = 'client' | 'explorer' | 'none';
const POLICIES: Record<Policy, string> = { client: CLIENT_CSP, explorer: EXPLORER_CSP, none: NO_CONTENT_CSP };

interface FetchCase {
  readonly name: string;
  readonly path: string;
  readonly init?: RequestInit;
  readonly status: number;
  readonly policy: Policy;
}

const FETCHED: readonly FetchCase[] = [
  { name: 'the page', path: '/', status: 200, policy: 'client' },
  { name: 'the page by HEAD', path: '/', init: { method: 'HEAD' }, status: 200, policy: 'client' },
  { name: 'a client route (index.html)', path: '/netzwerk/x', status: 200, policy: 'client' },
  { name: 'a script', path: '/assets/app-1.js', status: 200, policy: 'client' },
  {
    name: 'a stylesheet, compressed',
    path: '/assets/app-1.css',
    init: { headers: { 'accept-encoding': 'br' } },
    status: 200,
    policy: 'client',
  },
  { name: "the explorer's folder (not served)", path: '/explorer/index.html', status: 200, policy: 'client' },
  { name: 'a method the files refuse', path: '/', init: { method: 'DELETE' }, status: 405, policy: 'none' },
  {
    name: 'the explorer',
    path: '/graphql',
    init: { headers: { accept: BROWSER_ACCEPT } },
    status: 200,
    policy: 'explorer',
  },
  {
    name: 'a GraphQL answer',
    path: '/graphql',
    init: { ...JSON_POST, body: QUERY },
    status: 200,
    policy: 'none',
  },
  {
    name: 'a GraphQL answer by GET',
    path: `/graphql?query=${encodeURIComponent('{ health { nodeCount } }')}`,
    init: { headers: { 'apollo-require-preflight': 'true' } },
    status: 200,
    policy: 'none',
  },
  {
    name: 'an admin answer',
    path: '/graphql',
    init: {
      ...JSON_POST,
      headers: { ...JSON_POST.headers, authorization: `Bearer ${ADMIN_TOKEN}` },
      body: QUERY,
    },
    status: 200,
    policy: 'none',
  },
  {
    name: 'a parse error',
    path: '/graphql',
    init: { ...JSON_POST, body: '{"query":"{ health {"}' },
    status: 400,
    policy: 'none',
  },
  {
    name: 'a body that is no JSON',
    path: '/graphql',
    init: { ...JSON_POST, body: '{' },
    status: 400,
    policy: 'none',
  },
  {
    name: 'a wrong token',
    path: '/graphql',
    init: { ...JSON_POST, headers: { ...JSON_POST.headers, authorization: 'Bearer wrong' }, body: QUERY },
    status: 401,
    policy: 'none',
  },
  {
    name: 'a PUT',
    path: '/graphql',
    init: { ...JSON_POST, method: 'PUT', body: QUERY },
    status: 405,
    policy: 'none',
  },
  {
    name: 'a body over the limit',
    path: '/graphql',
    init: { ...JSON_POST, body: JSON.stringify({ query: `{ health { nodeCount } }${' '.repeat(5000)}` }) },
    status: 413,
    policy: 'none',
  },
  { name: 'an export', path: '/export/atlas.json', status: 200, policy: 'none' },
  {
    name: 'a CSV export by HEAD',
    path: '/export/csv/actors.csv',
    init: { method: 'HEAD' },
    status: 200,
    policy: 'none',
  },
  { name: 'an unknown export (404)', path: '/export/nope', status: 404, policy: 'none' },
  { name: 'an export parameter refused', path: '/export/atlas.json?x=1', status: 400, policy: 'none' },
  {
    name: 'an export by POST',
    path: '/export/atlas.json',
    init: { method: 'POST' },
    status: 405,
    policy: 'none',
  },
  { name: 'liveness', path: '/healthz', status: 200, policy: 'none' },
];

interface RawCase {
  readonly name: string;
  readonly request: string;
  readonly status: number;
}

/** Answers no handler writes: the server's own, to requests that never reach a route. */
const RAW: readonly RawCase[] = [
  {
    name: 'a target that is no path',
    request: 'GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    status: 400,
  },
  { name: 'CONNECT', request: 'CONNECT localhost:80 HTTP/1.1\r\nHost: localhost:80\r\n\r\n', status: 405 },
  {
    name: 'a header line without a colon',
    request: 'GET / HTTP/1.1\r\nHost: x\r\nno colon\r\n\r\n',
    status: 400,
  },
  { name: 'no Host header', request: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', status: 400 },
  { name: 'a TLS handshake', request: '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03', status: 400 },
  {
    name: 'a header of 70 KB',
    request: `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
    status: 431,
  },
];

/** The headers every answer must carry, and its policy. */
function expectSecure(header: (name: string) => string | null | undefined, policy: Policy): void {
  expect(header('x-content-type-options')).toBe('nosniff');
  expect(header('referrer-policy')).toBe('no-referrer');
  expect(header('x-frame-options')).toBe('DENY');
  expect(header('content-security-policy')).toBe(POLICIES[policy]);
  expect(header('content-security-policy')).toContain("frame-ancestors 'none'");
}

describe('security headers on every answer', () => {
  let db: Database;
  let server: RoutesServer;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    server = await startRoutesServer(db, { ATLAS_MAX_BODY_BYTES: '4096' });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it.each(FETCHED)('$name: $status with the headers and the $policy policy', async (c) => {
    const response = await fetch(new URL(c.path, server.url), c.init);
    await response.arrayBuffer();
    expect(response.status).toBe(c.status);
    expectSecure((name) => response.headers.get(name), c.policy);
  });

  it.each(RAW)("$name: the server's own $status carries the headers", async (c) => {
    const answer = await rawExchange(server.port, c.request);
    expect(answer.status).toBe(c.status);
    expectSecure((name) => headerOf(answer, name), 'none');
  });

  it("serves client/dist/explorer/ only at /graphql, under the explorer's policy: its folder is the client page", async () => {
    const folder = await fetch(new URL('/explorer/index.html', server.url));
    expect(await folder.text()).toBe(CLIENT_FILES['index.html']);
    const explorer = await fetch(new URL('/graphql', server.url), { headers: { accept: BROWSER_ACCEPT } });
    expect(await explorer.text()).toBe(CLIENT_FILES['explorer/index.html']);
    expect(explorer.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
  });
});

describe('security headers on the answer to a handler that failed', () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    const failing = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      // A page handler that had set its policy, then failed: the 500 is no page and gets none of its policy.
      res.setHeader('content-security-policy', CLIENT_CSP);
      return Promise.reject(new Error('failed after its headers'));
    };
    server = createHttpServer(
      { graphql: failing, explorer: failing, exports: failing, static: failing, live: failing },
      createLogger('error', () => undefined),
    );
    port = await listen(server, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
  });

  it('answers 500 with the headers and the policy that allows nothing', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(500);
    expectSecure((name) => response.headers.get(name), 'none');
  });
});
