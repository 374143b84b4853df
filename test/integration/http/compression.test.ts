// Compression over a real socket. node:http neither asks for an encoding nor decodes one, so each test sees the
// bytes on the wire and decodes them itself (fetch would send `gzip, deflate` and decode behind the test's back).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createStaticHandler } from '../../../server/http/static-files.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';

interface RawAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The body as received, still encoded. */
  readonly raw: Buffer;
}

function request(
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The body decoded as its Content-Encoding says. */
function decoded(a: RawAnswer): Buffer {
  switch (a.headers['content-encoding']) {
    case undefined:
      return a.raw;
    case 'br':
      return zlib.brotliDecompressSync(a.raw);
    case 'gzip':
      return zlib.gunzipSync(a.raw);
    default:
      throw new Error(`unexpected content-encoding ${a.headers['content-encoding']}`);
  }
}

function varyOf(a: RawAnswer): string[] {
  return String(a.headers.vary ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');
}

/** Text that compresses as real bundles do (repeated words, not one repeated byte), `bytes` long. */
function textLike(bytes: number, seed: number): string {
  const words = ['const', 'function', 'return', 'network', 'actor', 'measure', 'region', '=>', '{', '}', ';'];
  let out = '';
  let x = seed;
  while (out.length < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += `${words[x % words.length]}${x % 7 === 0 ? '\n' : ' '}${x % 97}`;
  }
  return out.slice(0, bytes);
}

describe('static files: compressed for a client that accepts it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-compress-'));
  const root = path.join(dir, 'www');
  const INDEX = `<!doctype html><html><head><title>index</title></head><body>${textLike(3_000, 1)}</body></html>`;
  const APP = textLike(64_000, 2);
  // Random bytes do not compress: stand-ins for an image, and for a script that would not shrink.
  const NOISE_JS = randomBytes(20_000);
  const PNG = randomBytes(20_000);
  let servers: http.Server[] = [];
  let base: string;
  let uncachedBase: string;
  let unbuiltBase: string;

  async function serve(clientRoot: string, options?: { cacheBytes?: number }): Promise<string> {
    const unused = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.statusCode = 404;
      res.end();
    };
    const server = createHttpServer(
      {
        graphql: unused,
        explorer: unused,
        exports: unused,
        static: createStaticHandler(clientRoot, options),
        live: unused,
      },
      createLogger('error', () => undefined),
    );
    servers.push(server);
    return `http://127.0.0.1:${await listen(server, '127.0.0.1', 0)}`;
  }

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), INDEX);
    fs.writeFileSync(path.join(root, 'assets', 'app-abc123.js'), APP);
    fs.writeFileSync(path.join(root, 'assets', 'noise-abc123.js'), NOISE_JS);
    fs.writeFileSync(path.join(root, 'assets', 'logo-abc123.png'), PNG);
    fs.writeFileSync(path.join(root, '.build-stamp.json'), `{"secret":"${textLike(20_000, 3)}"}`);
    fs.mkdirSync(path.join(dir, 'unbuilt'));
    base = await serve(root);
    uncachedBase = await serve(root, { cacheBytes: 1 });
    unbuiltBase = await serve(path.join(dir, 'unbuilt'));
  });
  afterAll(async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
    servers = [];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*', 'br'],
    ['x-gzip', 'gzip'],
    ['GZip;Q=1.0', 'gzip'],
    [' , ;, gzip', 'gzip'],
    ['gzip, identity;q=0', 'gzip'],
    ['identity', undefined],
    ['identity, gzip;q=0.5', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['*;q=0', undefined],
    ['deflate', undefined],
    ['', undefined],
  ])('Accept-Encoding %j gets %s', async (acceptEncoding, expected) => {
    const a = await request(`${base}/assets/app-abc123.js`, {
      headers: { 'accept-encoding': acceptEncoding },
    });
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBe(expected);
    expect(varyOf(a)).toContain('accept-encoding');
    expect(Number(a.headers['content-length'])).toBe(a.raw.length);
    expect(decoded(a).equals(Buffer.from(APP))).toBe(true);
    if (expected) expect(a.raw.length).toBeLessThan(APP.length / 2);
  });

  it('sends the file as it is without Accept-Encoding, with its length', async () => {
    const a = await request(`${base}/assets/app-abc123.js`);
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.headers['content-length']).toBe(String(APP.length));
    expect(a.raw.toString()).toBe(APP);
    expect(varyOf(a)).toContain('accept-encoding');
    expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['gzip;q=nope', 'gzip;q=nope'],
    ['br;q=1.5, gzip;q=-1', 'br;q=1.5, gzip;q=-1'],
    ['gzip;q=0.5x', 'gzip;q=0.5x'],
    [';;;,,,', ';;;,,,'],
    ['=, q=1, ;q=1', '=, q=1, ;q=1'],
    ['g zip, b"r', 'g zip, b"r'],
    ['%%%, and bytes above ASCII', '%%%, \u00ef\u00bf\u00bd'],
    ['gzip;q=0.0001 500 times (7 KB)', 'gzip;q=0.0001,'.repeat(500)],
  ])(
    'answers the malformed Accept-Encoding %s with the plain file, not an error',
    async (_label, acceptEncoding) => {
      const a = await request(`${base}/assets/app-abc123.js`, {
        headers: { 'accept-encoding': acceptEncoding },
      });
      expect(a.status).toBe(200);
      expect(a.headers['content-encoding']).toBeUndefined();
      expect(a.raw.toString()).toBe(APP);
    },
  );

  it('gives HEAD the headers of the GET, compressed length included, and no body', async () => {
    for (const coding of ['br', 'gzip', 'identity']) {
      const headers = { 'accept-encoding': coding };
      const get = await request(`${base}/assets/app-abc123.js`, { headers });
      const head = await request(`${base}/assets/app-abc123.js`, { method: 'HEAD', headers });
      expect(head.status).toBe(200);
      expect(head.raw.length).toBe(0);
      for (const name of ['content-encoding', 'content-length', 'content-type', 'cache-control', 'vary']) {
        expect({ coding, name, value: head.headers[name] }).toEqual({
          coding,
          name,
          value: get.headers[name],
        });
      }
      expect(Number(head.headers['content-length'])).toBe(get.raw.length);
    }
  });

  it('compresses index.html too, still to be revalidated, also when it stands in for a client route', async () => {
    for (const target of ['/', '/index.html', '/network/de-05?at=2024-01-01']) {
      const a = await request(`${base}${target}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(a.status).toBe(200);
      expect(a.headers['content-encoding']).toBe('gzip');
      expect(a.headers['cache-control']).toBe('no-cache');
      expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(decoded(a).toString()).toBe(INDEX);
    }
  });

  it('never compresses a PNG (nor says it varies), and sends a file that does not shrink as it is', async () => {
    const png = await request(`${base}/assets/logo-abc123.png`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.headers['content-length']).toBe(String(PNG.length));
    expect(png.raw.equals(PNG)).toBe(true);
    const js = await request(`${base}/assets/noise-abc123.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(js.headers['content-encoding']).toBeUndefined();
    expect(varyOf(js)).toContain('accept-encoding');
    expect(js.headers['content-length']).toBe(String(NOISE_JS.length));
    expect(js.raw.equals(NOISE_JS)).toBe(true);
  });

  it('serves the new index.html after a rebuild while it runs, in every coding', async () => {
    const file = path.join(root, 'index.html');
    const before = await request(`${base}/`, { headers: { 'accept-encoding': 'br' } });
    expect(decoded(before).toString()).toBe(INDEX);
    // A rebuild writes a new file: another size, then the same size with other content and another time.
    const rebuilt = INDEX.replace('<title>index</title>', '<title>rebuilt, longer</title>');
    fs.rmSync(file);
    fs.writeFileSync(file, rebuilt);
    for (const coding of ['br', 'gzip', 'identity']) {
      const a = await request(`${base}/`, { headers: { 'accept-encoding': coding } });
      expect({ coding, body: decoded(a).toString() }).toEqual({ coding, body: rebuilt });
      expect(Number(a.headers['content-length'])).toBe(a.raw.length);
    }
    const sameSize = rebuilt.replace('rebuilt, longer', 'REBUILT, LONGER');
    fs.writeFileSync(file, sameSize);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    const a = await request(`${base}/`, { headers: { 'accept-encoding': 'br' } });
    expect(decoded(a).toString()).toBe(sameSize);
  });

  it('compresses a version of a file once and keeps it, within its bound', async () => {
    const file = path.join(root, 'assets', 'kept-abc123.js');
    // Whole seconds, so that setting the time again gives exactly the same one.
    const time = new Date('2024-01-01T00:00:00Z');
    fs.writeFileSync(file, textLike(30_000, 4));
    fs.utimesSync(file, time, time);
    const first = await request(`${base}/assets/kept-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(decoded(first).toString()).toBe(textLike(30_000, 4));
    // The same inode, size and time with other bytes: a fingerprinted asset never does this, so what was
    // compressed is what is sent — proof that it was kept, not compressed again.
    fs.writeFileSync(file, textLike(30_000, 5));
    fs.utimesSync(file, time, time);
    const again = await request(`${base}/assets/kept-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(again.raw.equals(first.raw)).toBe(true);
    // A server whose bound holds nothing compresses each time.
    const uncached = await request(`${uncachedBase}/assets/kept-abc123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(uncached.headers['content-encoding']).toBe('gzip');
    expect(decoded(uncached).toString()).toBe(textLike(30_000, 5));
  });

  it('keeps the answers that are no file: a hidden file, 405, 503 when unbuilt', async () => {
    const headers = { 'accept-encoding': 'br, gzip' };
    const hidden = await request(`${base}/.build-stamp.json`, { headers });
    expect(hidden.status).toBe(200);
    expect(decoded(hidden).toString()).toMatch(/^<!doctype html>/);
    const refused = await request(`${base}/assets/app-abc123.js`, { method: 'DELETE', headers });
    expect(refused.status).toBe(405);
    expect(refused.headers.allow).toBe('GET, HEAD');
    expect(refused.headers['content-encoding']).toBeUndefined();
    const unbuilt = await request(`${unbuiltBase}/`, { headers });
    expect(unbuilt.status).toBe(503);
    expect(unbuilt.headers['content-encoding']).toBeUndefined();
    expect(unbuilt.raw.toString()).toMatch(/not built/);
  });
});

describe('GraphQL answers and exports: compressed when large', () => {
  let db: Database;
  let atlas: AtlasHandle;
  let endpoint: string;
  const INTROSPECTION = JSON.stringify({ query: getIntrospectionQuery() });
  const SMALL = JSON.stringify({ query: '{ __typename }' });

  const postGraphql = (body: string, headers: http.OutgoingHttpHeaders = {}) =>
    request(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const encodingFor = async (acceptEncoding: string) =>
    (await postGraphql(INTROSPECTION, { 'accept-encoding': acceptEncoding })).headers['content-encoding'];

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    atlas = await startTestServer();
    endpoint = `${atlas.url}graphql`;
  });
  afterAll(async () => {
    await atlas?.stop();
    await db?.close();
  });

  it.each(['br', 'gzip'])(
    'sends a large answer (the introspection) as %s, the same bytes decoded',
    async (coding) => {
      const plain = await postGraphql(INTROSPECTION);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.raw.length).toBeGreaterThan(8 * 1024);
      expect(Number(plain.headers['content-length'])).toBe(plain.raw.length);
      const a = await postGraphql(INTROSPECTION, { 'accept-encoding': coding });
      expect(a.status).toBe(200);
      expect(a.headers['content-encoding']).toBe(coding);
      expect(Number(a.headers['content-length'])).toBe(a.raw.length);
      expect(a.raw.length).toBeLessThan(plain.raw.length / 3);
      expect(decoded(a).equals(plain.raw)).toBe(true);
      expect(varyOf(a)).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
      expect(a.headers['content-type']).toBe(plain.headers['content-type']);
      expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('prefers br and honours q=0 and identity for a large answer', async () => {
    expect(await encodingFor('gzip, deflate, br')).toBe('br');
    expect(await encodingFor('br;q=0, gzip')).toBe('gzip');
    for (const acceptEncoding of ['identity', 'br;q=0, gzip;q=0', '*;q=0', 'gzip;q=zero', ';;=,']) {
      expect({ acceptEncoding, encoding: await encodingFor(acceptEncoding) }).toEqual({
        acceptEncoding,
        encoding: undefined,
      });
    }
  });

  it('sends a small answer and an error as they are', async () => {
    const headers = { 'accept-encoding': 'br, gzip' };
    const small = await postGraphql(SMALL, headers);
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.raw.toString())).toEqual({ data: { __typename: 'Query' } });
    expect(Number(small.headers['content-length'])).toBe(small.raw.length);
    const parseError = await postGraphql(JSON.stringify({ query: '{ health { ' }), headers);
    expect(parseError.status).toBe(400);
    expect(parseError.headers['content-encoding']).toBeUndefined();
    expect(parseError.raw.toString()).toContain('GRAPHQL_PARSE_FAILED');
    const unauthenticated = await postGraphql(SMALL, { ...headers, authorization: 'Bearer nope' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(unauthenticated.raw.toString())).toMatchObject({
      errors: [{ extensions: { code: ErrorCode.UNAUTHENTICATED } }],
    });
  });

  it('compresses a large export, HEAD included, and sends it plain to a client that does not ask', async () => {
    const url = new URL('/export/atlas.json', atlas.url).href;
    const plain = await request(url);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.raw.length);
    expect(plain.raw.length).toBeGreaterThan(8 * 1024);
    const a = await request(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(a.headers['content-encoding']).toBe('gzip');
    expect(a.headers['content-disposition']).toBe('attachment; filename="atlas.json"');
    expect(a.headers['cache-control']).toBe('no-store');
    expect(varyOf(a)).toContain('accept-encoding');
    expect(Number(a.headers['content-length'])).toBe(a.raw.length);
    expect(decoded(a).equals(plain.raw)).toBe(true);
    const head = await request(url, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.raw.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(a.headers['content-length']);
  });
});
