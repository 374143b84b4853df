import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExplorerHandler } from '../../../server/http/explorer-page.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createLogger } from '../../../server/logging/logger.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8';
const PAGE = '<!doctype html><title>explorer</title>';

/**
 * Which answer /graphql gives is decided before the API is asked, from the method, the query string and the
 * Accept header. Here the API is a stub and the explorer page a stand-in (the real page is built by Vite and
 * tested in test/browser/explorer.test.ts), so only the decision is tested.
 */
describe('/graphql: the explorer for a browser, the API for everyone else', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-dist-'));
  let server: http.Server;
  let endpoint: string;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'explorer'));
    fs.writeFileSync(path.join(dist, 'explorer', 'index.html'), PAGE);
    const api = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"api":true}');
    };
    const unused = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.end();
    };
    server = createHttpServer(
      { graphql: api, explorer: createExplorerHandler(dist), exports: unused, static: unused, live: unused },
      createLogger('error', () => undefined),
    );
    endpoint = `http://127.0.0.1:${await listen(server, '127.0.0.1', 0)}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(dist, { recursive: true, force: true });
  });

  async function kind(init: RequestInit & { url?: string } = {}): Promise<'explorer' | 'api'> {
    const response = await fetch(init.url ?? endpoint, init);
    const text = await response.text();
    return text === PAGE ? 'explorer' : 'api';
  }

  it("serves the explorer to a browser's GET, with a policy that forbids loading from other origins", async () => {
    const response = await fetch(endpoint, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('vary')).toBe('accept');
    expect(await response.text()).toBe(PAGE);
  });

  it.each([
    ['no Accept', {}],
    ['Accept: */* (curl)', { accept: '*/*' }],
    ['Accept: application/json', { accept: 'application/json' }],
    ['Accept: application/graphql-response+json', { accept: 'application/graphql-response+json' }],
    ['JSON preferred over HTML', { accept: 'application/json, text/html;q=0.5' }],
  ])('hands a GET with %s to the API', async (_name, headers) => {
    expect(await kind({ headers })).toBe('api');
  });

  it('hands a GET with a query to the API even from a browser', async () => {
    expect(
      await kind({ url: `${endpoint}?query=%7B__typename%7D`, headers: { accept: BROWSER_ACCEPT } }),
    ).toBe('api');
  });

  it('hands a POST to the API whatever it accepts', async () => {
    expect(await kind({ method: 'POST', headers: { accept: BROWSER_ACCEPT }, body: '{}' })).toBe('api');
  });

  it('says so when the explorer has not been built', async () => {
    fs.rmSync(path.join(dist, 'explorer', 'index.html'));
    const response = await fetch(endpoint, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(503);
  });
});
