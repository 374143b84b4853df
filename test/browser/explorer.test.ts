import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST, type AtlasHandle } from '../../server/app/start-atlas.ts';
import type { Database } from '../../server/db/database.ts';
import { launchBrowser, screenshotPath } from '../support/browser.ts';
import { connectTestDatabase, resetDatabase } from '../support/test-neo4j.ts';
import { startTestServer } from '../support/test-server.ts';

/** Hosts a page of the atlas may talk to: the server it came from. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Every http(s)/ws(s) URL the page requested; data: and blob: URLs never leave the browser. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/^(https?|wss?):/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

/** Replaces the operation in GraphiQL's editor with `text`. */
async function setOperation(page: Page, text: string): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  // The editor closes brackets as they come in; the closers it added sit after the cursor.
  await page.keyboard.press('Shift+ControlOrMeta+End');
  await page.keyboard.press('Delete');
}

async function run(page: Page): Promise<string> {
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
  );
  await page.locator('.graphiql-execute-button').click();
  await answered;
  const response = page.locator('.graphiql-response');
  await expect.poll(() => response.innerText(), { timeout: 10_000 }).toMatch(/\S/);
  // The editor draws spaces as no-break spaces.
  return (await response.innerText()).replaceAll('\u00a0', ' ');
}

describe('the offline GraphQL explorer at /graphql in headless Chromium', () => {
  let db: Database;
  let atlas: AtlasHandle;
  let browser: Browser;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    atlas = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
    await db?.close();
  });

  it('loads from this server only, introspects the schema and runs a query', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const requested = recordRequests(page);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const introspection = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('__schema'),
    );
    const opened = await page.goto(`${atlas.url}graphql`);
    expect(opened?.headers()['content-type']).toMatch(/^text\/html/);

    const schema = await introspection;
    expect(schema.status()).toBe(200);
    expect(((await schema.json()) as { data: { __schema: unknown } }).data.__schema).toBeDefined();
    expect(schema.request().headers()['content-type']).toBe('application/json');

    await setOperation(page, '{ health { atlasVersion } }');
    expect(await run(page)).toMatch(/"atlasVersion": "\d+\.\d+\.\d+"/);

    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    // The docs are built from the introspected schema: its root types are listed.
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer-content').innerText())
      .toMatch(/query:\s*Query/);
    await page.screenshot({ path: screenshotPath('explorer') });

    // The page's content security policy (explorer-page.ts) blocked nothing the explorer needs.
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    const foreign = requested.filter((url) => !LOCAL_HOSTS.has(new URL(url).hostname));
    expect(foreign).toEqual([]);
    // The editor's web workers came from this server too.
    expect(requested.some((url) => /\/assets\/.*worker.*\.js$/.test(url))).toBe(true);
  });

  it('sends a token entered in the page as Authorization: Bearer', async () => {
    const page = await browser.newPage();
    await page.goto(`${atlas.url}graphql`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await page.locator('#token').fill('not-a-valid-token');
    await setOperation(page, '{ health { nodeCount } }');
    const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && r.method() === 'POST');
    const result = run(page);
    expect((await sent).headers().authorization).toBe('Bearer not-a-valid-token');
    // The server knows no such token: the explorer shows its answer.
    expect(await result).toContain('UNAUTHENTICATED');
  });

  it('is built to load no script, style or font from outside this server', () => {
    const html = fs.readFileSync(path.join(CLIENT_DIST, 'explorer', 'index.html'), 'utf8');
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((ref) => !ref.startsWith('/'))).toEqual([]);

    const assets = path.join(CLIENT_DIST, 'assets');
    const offending: string[] = [];
    for (const name of fs.readdirSync(assets).filter((n) => /\.(js|css)$/.test(n))) {
      const text = fs.readFileSync(path.join(assets, name), 'utf8');
      // A stylesheet that imports or points at another host (fonts above all)…
      if (name.endsWith('.css') && /@import\s+(url\()?["']?https?:|url\(["']?(https?:)?\/\//.test(text)) {
        offending.push(name);
      }
      // …or a script that loads code from a CDN.
      const cdn =
        /\b(import\s*\(|from\s*)["']https?:|https?:\/\/(esm\.sh|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)/;
      if (name.endsWith('.js') && cdn.test(text)) offending.push(name);
    }
    expect(offending).toEqual([]);
  });
});
