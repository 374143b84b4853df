import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../server/app/start-atlas.ts';
import type { Database } from '../../server/db/database.ts';
import { CURATED_DATASET } from '../../server/config/curated-dataset.ts';
import { runImport } from '../../server/import/run-import.ts';
import { launchBrowser, screenshotPath } from '../support/browser.ts';
import { connectTestDatabase, resetDatabase } from '../support/test-neo4j.ts';
import { startTestServer } from '../support/test-server.ts';

interface GraphModel {
  nodes: number;
  edges: number;
  ids: string[];
  status: string;
}

async function graphModel(page: Page): Promise<GraphModel> {
  await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const cy = window.__atlas!.cy;
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      ids: cy.nodes().map((n) => n.id()),
      status: document.getElementById('status')?.textContent ?? '',
    };
  });
}

describe('the network page in headless Chromium', () => {
  let db: Database;
  let atlas: AtlasHandle;
  let browser: Browser;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    atlas = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
    await db?.close();
  });

  it('draws the curated network fetched through GraphQL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(atlas.url);
    const model = await graphModel(page);
    expect(model.nodes).toBeGreaterThan(100);
    expect(model.edges).toBeGreaterThan(100);
    expect(model.ids).toContain('ak-integration-doc-004');
    expect(model.status).toMatch(/Knoten/);
    await page.screenshot({ path: screenshotPath('network-view') });
  });

  it('says so in German when the database is empty', async () => {
    await resetDatabase(db);
    const page = await browser.newPage();
    await page.goto(atlas.url);
    const model = await graphModel(page);
    expect(model.nodes).toBe(0);
    expect(model.status).toBe('Die Datenbank ist leer.');
  });
});
