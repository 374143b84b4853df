// The content security policies the server sends (server/http/security-headers.ts for the page, explorer-page.ts
// for the explorer) against the real built client in headless Chromium: every view renders, and the browser
// reports not one violation — neither as a console message nor as a `securitypolicyviolation` event — while every
// answer the page loaded carries the security headers.
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXPLORER_CSP } from '../../server/http/explorer-page.ts';
import { CLIENT_CSP } from '../../server/http/security-headers.ts';
import { useAtlasPages, waitReady } from '../support/atlas-page.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Watched {
  readonly page: Page;
  readonly console: string[];
  readonly responses: Response[];
  violations(): Promise<string[]>;
}

/** A new page that records CSP violations (events and console messages) and every answer it got, from the start. */
async function watchedPage(pages: ReturnType<typeof useAtlasPages>): Promise<Watched> {
  const page = await pages.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const console: string[] = [];
  const responses: Response[] = [];
  page.on('console', (message) => {
    if (/content security policy|content-security-policy/i.test(message.text())) console.push(message.text());
  });
  page.on('response', (response) => responses.push(response));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return {
    page,
    console,
    responses,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

const VIEWS = [
  { name: 'the network view with a focus', query: '?fokus=ak-integration-doc-004' },
  { name: 'the gaps view', query: '?ansicht=luecken' },
  { name: 'the overlaps view', query: '?ansicht=ueberschneidungen' },
  { name: 'the bodies view', query: '?ansicht=gremien' },
  { name: 'the Kreis map', query: '?ansicht=karte' },
  { name: 'the accessibility statement', query: '?ansicht=barrierefreiheit' },
];

describe('the content security policies in headless Chromium', () => {
  const pages = useAtlasPages();

  it.each(VIEWS)('$name renders under the client policy without a violation', async ({ query }) => {
    const watched = await watchedPage(pages);
    const opened = await watched.page.goto(`${pages.atlas.url}${query}`);
    await waitReady(watched.page);
    expect(opened?.headers()['content-security-policy']).toBe(CLIENT_CSP);
    expect(await watched.violations()).toEqual([]);
    expect(watched.console).toEqual([]);
    // Every answer from this server — the page, its scripts, styles, fonts and GraphQL — carries the headers.
    const local = watched.responses.filter((r) => r.url().startsWith(pages.atlas.url));
    expect(local.length).toBeGreaterThan(2);
    for (const response of local) {
      const headers = response.headers();
      expect(headers['x-content-type-options'], response.url()).toBe('nosniff');
      expect(headers['content-security-policy'], response.url()).toContain("frame-ancestors 'none'");
    }
    await watched.page.close();
  });

  it('the network view draws its graph (Cytoscape writes its one inline stylesheet, allowed by hash)', async () => {
    const watched = await watchedPage(pages);
    await watched.page.goto(`${pages.atlas.url}?fokus=ak-integration-doc-004`);
    await waitReady(watched.page);
    const drawn = await watched.page.evaluate(() => ({
      nodes: window.__atlas?.cy?.nodes().length ?? 0,
      // Cytoscape's stylesheet was applied: its container is positioned as the stylesheet says.
      position: getComputedStyle(document.querySelector('.__________cytoscape_container')!).position,
    }));
    expect(drawn.nodes).toBeGreaterThan(5);
    expect(drawn.position).toBe('relative');
    expect(await watched.violations()).toEqual([]);
    await watched.page.close();
  });

  it('the explorer at /graphql renders its editor under its own policy without a violation', async () => {
    const watched = await watchedPage(pages);
    const opened = await watched.page.goto(`${pages.atlas.url}graphql`);
    expect(opened?.headers()['content-security-policy']).toBe(EXPLORER_CSP);
    await watched.page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    // The schema is introspected and the docs pane can be opened: the editor's workers run.
    await watched.page.getByRole('button', { name: /Documentation Explorer/ }).click();
    await expect
      .poll(() => watched.page.locator('.graphiql-doc-explorer-content').innerText())
      .toMatch(/query:\s*Query/);
    expect(await watched.violations()).toEqual([]);
    expect(watched.console).toEqual([]);
    await watched.page.close();
  });
});
