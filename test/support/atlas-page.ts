// What every browser test of the coordinators' page needs: a real Neo4j holding the curated dataset (plus any
// further files), the whole server on a free port, warmed up as `npm start` does, a headless Chromium, and pages
// that report when their view has its answer (`window.__atlas.ready`).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AtlasHandle } from '../../server/app/start-atlas.ts';
import { warmUp } from '../../server/app/warm-up.ts';
import { CURATED_DATASET } from '../../server/config/curated-dataset.ts';
import type { Database } from '../../server/db/database.ts';
import { runImport } from '../../server/import/run-import.ts';
import { createLogger } from '../../server/logging/logger.ts';
import { launchBrowser } from './browser.ts';
import { connectTestDatabase, resetDatabase } from './test-neo4j.ts';
import { startTestServer } from './test-server.ts';

/** Waits until the view has the answer to the question in its URL. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 30_000 });
}

export interface AtlasPages {
  readonly atlas: AtlasHandle;
  readonly browser: Browser;
  /** A new page at `query` (e.g. `?ansicht=luecken&region=…`), waited for until ready unless `wait` is false. */
  open(query: string, options?: { width?: number; height?: number; wait?: boolean }): Promise<Page>;
}

/**
 * Registers the hooks; the returned object is usable inside the tests. `env` adds to the server's environment
 * (e.g. the operator's feedback address).
 */
export function useAtlasPages(
  files: readonly string[] = [CURATED_DATASET],
  env: NodeJS.ProcessEnv = {},
): AtlasPages {
  let db: Database | undefined;
  let atlas: AtlasHandle | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect((await runImport(db, [...files])).ok).toBe(true);
    atlas = await startTestServer(env);
    // What `npm start` does after start-up (server/app/warm-up.ts): Neo4j plans the statements once, so the first
    // request of a test does not pay for it on a loaded machine.
    await warmUp(
      `${atlas.url}graphql`,
      createLogger('error', () => undefined),
      new AbortController().signal,
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
    await db?.close();
  });
  return {
    get atlas() {
      return atlas!;
    },
    get browser() {
      return browser!;
    },
    async open(query, { width = 1400, height = 900, wait = true } = {}) {
      const page = await browser!.newPage({ viewport: { width, height } });
      await page.goto(`${atlas!.url}${query}`);
      if (wait) await waitReady(page);
      return page;
    },
  };
}
