// Malformed requests over a raw socket: fetch and http.request normalise the request target before it leaves,
// so the bytes an attacker sends can only be reproduced by writing them ourselves.
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createExplorerHandler } from '../../../server/http/explorer-page.ts';
import { createStaticHandler } from '../../../server/http/static-files.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { isRunning, spawnAtlas, type SpawnedAtlas } from '../../support/spawn-atlas.ts';
import { testServerEnv } from '../../support/test-neo4j.ts';

interface RawAnswer {
  /** Undefined when the server closed the connection (or stayed silent) without a status line. */
  readonly status: number | undefined;
  readonly head: string;
  readonly body: string;
}

/** Writes `bytes` as they are and reads until the server closes the connection (or `timeoutMs` passes). */
function rawRequest(port: number, bytes: string, timeoutMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes, 'latin1'));
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(head)?.[1];
      const body = split < 0 ? '' : text.slice(split + 4);
      resolve({
        status: status === undefined ? undefined : Number(status),
        head,
        body: /^transfer-encoding: chunked$/im.test(head) ? dechunk(body) : body,
      });
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', done);
    socket.on('error', done);
  });
}

/** One request with a well-formed head around `target`; the server closes the connection after answering. */
function get(
  port: number,
  target: string,
  method = 'GET',
  headers = 'Host: localhost\r\n',
): Promise<RawAnswer> {
  return rawRequest(port, `${method} ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`);
}

/** The payload of a chunked body (RFC 9112 §7.1), without extensions or trailers. */
function dechunk(body: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    const size = eol < 0 ? 0 : parseInt(body.slice(at, eol), 16);
    if (!size) return out;
    out += body.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

function codeOf(a: RawAnswer): unknown {
  const body = JSON.parse(a.body) as { errors?: { extensions?: { code?: unknown } }[] };
  return body.errors?.[0]?.extensions?.code;
}

const LONG_SEGMENT = 'a'.repeat(8_000);
const TOO_LONG = 'a'.repeat(70_000);

/** Request targets and heads that once stopped the server, or that a careless fix might. */
const HOSTILE: readonly string[] = [
  'GET /% HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /..%2f..%2fetc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
  `GET /${LONG_SEGMENT} HTTP/1.1\r\nHost: x\r\n\r\n`,
  `GET /${TOO_LONG} HTTP/1.1\r\nHost: x\r\n\r\n`,
  'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
  'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://[/ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET //x/graphql HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /graphql?% HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n',
  'GET /export/% HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /graphql?query=%&variables=% HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /export/nowhere?region=% HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3\r\n\r\n{"q',
  'FOO / HTTP/1.1\r\nHost: x\r\n\r\n',
  'DELETE / HTTP/1.1\r\nHost: x\r\n\r\n',
  'CONNECT localhost:80 HTTP/1.1\r\nHost: localhost:80\r\n\r\n',
  'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  'GET / HTTP/1.1\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-Nul: a\0b\r\n\r\n',
  `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${TOO_LONG}\r\n\r\n`,
  'GET / HTTP/1.1\nHost: x\n\n',
  'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
  'GET /\r\n\r\n',
  '\r\n\r\n\r\n',
  '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
].map((head) => head.replace(/\r\n\r\n/, '\r\nConnection: close\r\n\r\n'));

describe('malformed requests to a running atlas (its own process, as npm start runs it)', () => {
  let atlas: SpawnedAtlas;
  let port: number;

  beforeAll(async () => {
    atlas = spawnAtlas({ ...process.env, ...testServerEnv() });
    const ready = await atlas.waitFor(/ready at http:\/\/127\.0\.0\.1:(\d+)\//);
    port = Number(ready[1]);
  });
  afterAll(async () => {
    if (atlas && isRunning(atlas.child.pid!)) {
      atlas.child.kill('SIGTERM');
      await atlas.exited;
    }
  });

  it('answers every hostile request with a status line and keeps serving /healthz', async () => {
    const answers: { request: string; status: number | undefined }[] = [];
    for (const request of HOSTILE) {
      // Generous: the point is an answer at all, on a machine that may be busy with other tests.
      const a = await rawRequest(port, request, 20_000);
      answers.push({ request: request.slice(0, 60), status: a.status });
      expect(a.body).not.toMatch(/root:.*:0:0:/);
    }
    expect(isRunning(atlas.child.pid!), atlas.output()).toBe(true);
    const unanswered = answers.filter((a) => a.status === undefined || a.status < 200 || a.status > 599);
    expect(unanswered).toEqual([]);
    const health = await get(port, '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toBe('{"status":"ok"}');
  });

  it.each(['/%', '/%E0%A4%A', '/%00', '/export/%'])(
    'answers %s with 400 BAD_REQUEST, not 500',
    async (target) => {
      const a = await get(port, target);
      expect(a.status).toBe(400);
      expect(codeOf(a)).toBe(ErrorCode.BAD_REQUEST);
      expect((await get(port, '/healthz')).status).toBe(200);
    },
  );
});

describe('malformed requests to the HTTP layer (in this process, a known static root)', () => {
  let dir: string;
  let root: string;
  let server: http.Server;
  let port: number;
  const logged: Record<string, unknown>[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-static-'));
    root = path.join(dir, 'www');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>index</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(root, '.build-stamp.json'), '{"inputs":"NOT FOR THE PUBLIC"}');
    fs.mkdirSync(path.join(root, '.hidden'));
    fs.writeFileSync(path.join(root, '.hidden', 'notes.txt'), 'NOT FOR THE PUBLIC');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'SECRET OUTSIDE THE ROOT');
    // A sibling whose name starts with the root's: a prefix check without the separator would let it through.
    fs.mkdirSync(path.join(dir, 'www-private'));
    fs.writeFileSync(path.join(dir, 'www-private', 'key.txt'), 'SECRET IN A SIBLING');
    const log = createLogger('debug', (line) => logged.push(JSON.parse(line) as Record<string, unknown>));
    server = createHttpServer(
      {
        graphql: () => {
          throw new Error('thrown synchronously');
        },
        explorer: () => {
          throw new Error('thrown synchronously by the explorer');
        },
        exports: () => Promise.reject(new Error('rejected')),
        static: createStaticHandler(root),
        live: (_req, res) => {
          res.setHeader('content-type', 'application/json');
          res.end('{"status":"ok"}');
        },
      },
      log,
    );
    port = await listen(server, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function expectStillServing(): Promise<void> {
    const health = await get(port, '/healthz');
    expect(health.status).toBe(200);
  }

  it.each([
    ['/%', 'a lone percent sign'],
    ['/%E0%A4%A', 'a truncated UTF-8 sequence'],
    ['/%C0%AF', 'an overlong UTF-8 encoding'],
    ['/assets/%ZZ.js', 'a percent sign without two hex digits'],
    ['/%00', 'an encoded NUL'],
    ['/index.html%00.js', 'an encoded NUL inside a file name'],
    ['*', 'the asterisk form'],
    ['http://[/', 'an absolute form whose host does not parse'],
    ['ftp://x/', 'an absolute form with a scheme that is not HTTP'],
  ])('answers %s (%s) with 400 BAD_REQUEST', async (target) => {
    const a = await get(port, target);
    expect(a.status).toBe(400);
    expect(a.head).toMatch(/content-type: application\/json/i);
    expect(codeOf(a)).toBe(ErrorCode.BAD_REQUEST);
    await expectStillServing();
  });

  it.each(
    [
      '/..%2fsecret.txt',
      '/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd',
      '/../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fwww-private%2fkey.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5c..%5csecret.txt',
      `/${LONG_SEGMENT}`,
      '//[',
      '/?%',
      'http://x/',
    ].map((target) => [
      target.length > 60 ? `/${'a'.repeat(20)}… (${target.length} characters)` : target,
      target,
    ]),
  )('answers %s with index.html, never a file outside the root', async (_label, target) => {
    const a = await get(port, target);
    expect(a.status).toBe(200);
    expect(a.body).toBe('<!doctype html><title>index</title>');
    await expectStillServing();
  });

  it('serves a file inside the root by its encoded name, and /healthz in absolute form', async () => {
    const js = await get(port, '/assets/%61pp.js');
    expect(js.status).toBe(200);
    expect(js.body).toBe('console.log(1)');
    expect((await get(port, 'http://x/healthz')).body).toBe('{"status":"ok"}');
  });

  it('never serves a dot file or anything in a dot folder of the root', async () => {
    for (const target of [
      '/.build-stamp.json',
      '/.hidden/notes.txt',
      '/%2ebuild-stamp.json',
      '/assets/../.hidden/notes.txt',
    ]) {
      const a = await get(port, target);
      expect({ target, status: a.status, body: a.body }).toEqual({
        target,
        status: 200,
        body: '<!doctype html><title>index</title>',
      });
    }
  });

  it('reads //x/graphql as a path, not as the host x and the path /graphql', async () => {
    const a = await get(port, '//x/graphql');
    expect(a.status).toBe(200);
    expect(a.body).toBe('<!doctype html><title>index</title>');
  });

  it('answers 500 INTERNAL_SERVER_ERROR when a handler throws synchronously, and logs it', async () => {
    const a = await get(port, '/graphql');
    expect(a.status).toBe(500);
    expect(codeOf(a)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(a.body).not.toContain('thrown synchronously');
    expect(logged.some((l) => l.message === 'thrown synchronously')).toBe(true);
    await expectStillServing();
  });

  it('answers 500 when the handler chosen by content negotiation (the explorer) throws', async () => {
    const a = await get(port, '/graphql', 'GET', 'Host: x\r\nAccept: text/html\r\n');
    expect(a.status).toBe(500);
    expect(codeOf(a)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    await expectStillServing();
  });

  it('answers 500 INTERNAL_SERVER_ERROR when a handler rejects', async () => {
    const a = await get(port, '/export/atlas.json');
    expect(a.status).toBe(500);
    expect(codeOf(a)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    await expectStillServing();
  });

  it('answers CONNECT with 405 instead of dropping the connection', async () => {
    const a = await rawRequest(port, 'CONNECT localhost:80 HTTP/1.1\r\nHost: localhost:80\r\n\r\n');
    expect(a.status).toBe(405);
    await expectStillServing();
  });

  it.each([
    { name: 'an unknown method', request: 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n', status: 400 },
    {
      name: 'a method the static files refuse',
      request: 'DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      status: 405,
    },
    { name: 'no Host header', request: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', status: 400 },
    {
      name: 'a Content-Length that is no number',
      request: 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      status: 400,
    },
    {
      name: 'both Content-Length and Transfer-Encoding',
      request:
        'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      status: 400,
    },
    {
      name: 'a header line without a colon',
      request: 'GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
      status: 400,
    },
    {
      name: 'a NUL in a header value',
      request: 'GET / HTTP/1.1\r\nHost: x\r\nX-Nul: a\0b\r\n\r\n',
      status: 400,
    },
    {
      name: 'a header of 70 KB',
      request: `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${TOO_LONG}\r\n\r\n`,
      status: 431,
    },
    {
      name: 'a request target of 70 KB',
      request: `GET /${TOO_LONG} HTTP/1.1\r\nHost: x\r\n\r\n`,
      status: 431,
    },
    { name: 'an HTTP/2 preface', request: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', status: 400 },
    { name: 'a TLS handshake', request: '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03', status: 400 },
  ])('answers $name with $status', async ({ request, status }) => {
    const a = await rawRequest(port, request);
    expect(a.status).toBe(status);
    await expectStillServing();
  });
});

describe('a static file that fails while it is read', () => {
  let dir: string;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-static-broken-'));
    // index.html exists but is a directory: it passes the existence check, and reading it fails with EISDIR
    // once the stream opens (as a file removed or unreadable between the check and the read would).
    fs.mkdirSync(path.join(dir, 'index.html'));
    fs.mkdirSync(path.join(dir, 'explorer', 'index.html'), { recursive: true });
    server = createHttpServer(
      {
        graphql: () => undefined,
        explorer: createExplorerHandler(dir),
        exports: () => undefined,
        static: createStaticHandler(dir),
        live: (_req, res) => {
          res.end('{"status":"ok"}');
        },
      },
      createLogger('error', () => undefined),
    );
    port = await listen(server, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 500 INTERNAL_SERVER_ERROR, without the immutable cache header, and keeps serving', async () => {
    for (let i = 0; i < 3; i++) {
      const a = await get(port, '/some/client/route');
      expect(a.status).toBe(500);
      expect(codeOf(a)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
      expect(a.head).not.toMatch(/cache-control: (no-cache|public)/i);
    }
    expect((await get(port, '/healthz')).status).toBe(200);
  });

  it('does the same for the explorer page at /graphql', async () => {
    const a = await get(port, '/graphql', 'GET', 'Host: localhost\r\nAccept: text/html\r\n');
    expect(a.status).toBe(500);
    expect(codeOf(a)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect((await get(port, '/healthz')).status).toBe(200);
  });
});
