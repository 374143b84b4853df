import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KreisMapQuery } from '../../client/src/api/generated/operations.ts';
import { KREIS_MAP_QUERY } from '../../client/src/views/map/map-operations.ts';
import type { AtlasHandle } from '../../server/app/start-atlas.ts';
import { START_UP_DATASETS } from '../../server/config/curated-dataset.ts';
import type { Database } from '../../server/db/database.ts';
import { runImport } from '../../server/import/run-import.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, screenshotPath } from '../support/browser.ts';
import { connectTestDatabase, resetDatabase } from '../support/test-neo4j.ts';
import { startTestServer } from '../support/test-server.ts';

const DAY = '2026-11-21';
const DORTMUND = 'de-05913';
const UNNAMED_HESSIAN = 'de-06-landkreis-doc-001';

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 30_000 });
}

describe('the Kreis map in headless Chromium', () => {
  let db: Database;
  let atlas: AtlasHandle;
  let browser: Browser;

  /** What the page must show, from the API itself. */
  const kreise = async (land: string, fromAbove = true) => {
    const response = await fetch(`${atlas.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: KREIS_MAP_QUERY,
        variables: { land, at: DAY, statedOnly: false, fromAbove },
      }),
    });
    return ((await response.json()) as { data: KreisMapQuery }).data.kreisCoverage;
  };

  const open = async (query: string) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${atlas.url}?ansicht=karte&${query}`);
    await waitReady(page);
    return page;
  };

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    // The curated dataset and the reference Kreise, as `npm start` loads them.
    expect((await runImport(db, START_UP_DATASETS)).ok).toBe(true);
    atlas = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
    await db?.close();
  });

  it('draws every Kreis of NRW with its count, zeros hatched, a table of all, nothing unplaced, no axe violations', async () => {
    const nrw = await kreise('de-05');
    expect(nrw).toHaveLength(53);
    const page = await open(`region=de-05&stichtag=${DAY}`);

    const paths = page.locator('svg.kreis-map path.kreis');
    expect(await paths.count()).toBe(53);
    expect(new Set(await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-region'))))).toEqual(
      new Set(nrw.map((k) => k.region.id)),
    );
    for (const d of await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) {
      expect(d).toMatch(/^M[\d.-]/);
    }

    const dortmund = nrw.find((k) => k.region.id === DORTMUND)!;
    expect(dortmund.count).toBeGreaterThan(0);
    expect(await page.locator(`path[data-region="${DORTMUND}"] > title`).textContent()).toBe(
      `Dortmund (kreisfreie Stadt): ${dortmund.count} ${dortmund.count === 1 ? 'Angebot' : 'Angebote'}`,
    );

    // With federal and Land offers every Kreis of NRW has some: nothing hatched.
    expect(nrw.filter((k) => k.count === 0)).toEqual([]);
    expect(await page.locator('svg.kreis-map path.kreis.hatched').count()).toBe(0);

    // The table: every Kreis with its count.
    const rows = page.locator('table.kreis-table tbody tr');
    expect(await rows.count()).toBe(53);
    expect(await page.locator(`table.kreis-table tr[data-region="${DORTMUND}"] td`).first().innerText()).toBe(
      String(dortmund.count),
    );

    // Nothing unplaced in NRW: every Kreis has a boundary, every boundary a Kreis.
    const unplaced = page.locator('section.map-unplaced');
    expect(await unplaced.innerText()).toContain(
      'Jeder Kreis hat eine Grenze, und jede Grenze einen Kreis im Atlas.',
    );
    expect(await unplaced.locator('li').count()).toBe(0);

    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 20_000 })
      .toBe('Karte für Nordrhein-Westfalen: 53 von 53 Kreisen mit Angebot');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('map-view'), fullPage: true });

    // A click on a Kreis opens its gap matrix.
    await page.locator(`path[data-region="${DORTMUND}"]`).click();
    await waitReady(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('ansicht')).toBe('luecken');
    expect(url.searchParams.get('region')).toBe(DORTMUND);
    await page.close();
  });

  it('hatches the Kreise without an offer (without federal and Land offers: every Kreis of NRW)', async () => {
    const nrw = await kreise('de-05', false);
    const zeros = nrw.filter((k) => k.count === 0);
    expect(zeros.length).toBeGreaterThan(0);
    const page = await open(`region=de-05&stichtag=${DAY}&vonOben=0`);
    const hatched = page.locator('svg.kreis-map path.kreis.hatched');
    expect(await hatched.count()).toBe(zeros.length);
    expect(new Set(await hatched.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-region'))))).toEqual(
      new Set(zeros.map((k) => k.region.id)),
    );
    expect(new Set(await hatched.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill'))))).toEqual(
      new Set(['url(#kreis-map-hatch)']),
    );
    expect(await page.locator(`path[data-region="${zeros[0]!.region.id}"] > title`).textContent()).toBe(
      `${zeros[0]!.region.name}: 0 Angebote (kein Angebot erfasst)`,
    );
    expect(await page.locator('svg.kreis-map path.kreis:not(.hatched)').count()).toBe(53 - zeros.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('map-view-zeros'), fullPage: true });
    await page.close();
  });

  it('lists the unnamed Hessian Landkreis as not placeable; a Kreis chosen shows its Land; the table opens a Kreis', async () => {
    const hessen = await kreise('de-06');
    const page = await open(`region=de-06611&stichtag=${DAY}`);
    expect(await page.locator('h2').innerText()).toBe('Karte der Kreise: Hessen');
    expect(await page.locator('svg.kreis-map path.kreis').count()).toBe(hessen.length - 1);
    const unplaced = page.locator(`section.map-unplaced li[data-region="${UNNAMED_HESSIAN}"]`);
    expect(await unplaced.innerText()).toBe(
      'Landkreis in Hessen (in Dokument 001 nicht genannt): in der Quelle nicht genannt, daher ohne Gemeindeschlüssel',
    );
    expect(await page.locator('section.map-unplaced li').count()).toBe(1);
    expect(await page.locator('table.kreis-table tbody tr').count()).toBe(hessen.length);

    await page.locator('table.kreis-table tr[data-region="de-06611"] th button').click();
    await waitReady(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('ansicht')).toBe('luecken');
    expect(url.searchParams.get('region')).toBe('de-06611');
    await page.close();
  });

  it('asks for Germany or a Land when none is chosen', async () => {
    const page = await open(`stichtag=${DAY}`);
    expect(await page.locator('.map-intro').innerText()).toContain('Wählen Sie Deutschland, ein Land');
    expect(await page.locator('svg.kreis-map').count()).toBe(0);
    await page.close();
  });

  it('draws all Germany from one request when "Deutschland" is chosen: the Kreise of every Land, the Länder borders, the table, what cannot be placed', async () => {
    const germany = await kreise('de');
    const placeable = germany.filter((k) => k.region.code !== null);
    // 400 Kreise with an AGS; the two the curated documents do not name (in Hessen, and in no Land) cannot be placed.
    expect(placeable).toHaveLength(400);
    const page = await open(`stichtag=${DAY}`);
    const area = page.locator('.map-area select');
    // Deutschland first, then the 16 Länder.
    expect(await area.locator('option:not([value=""])').count()).toBe(17);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('kreisCoverage'))
        requests.push(r.url());
    });
    await area.selectOption({ label: 'Deutschland' });
    await waitReady(page);
    expect(new URL(page.url()).searchParams.get('region')).toBe('de');
    expect(await page.locator('h2').innerText()).toBe('Karte der Kreise: Deutschland');
    // One request for the whole country, not one per Land.
    expect(requests).toHaveLength(1);

    const paths = page.locator('svg.kreis-map path.kreis');
    expect(await paths.count()).toBe(400);
    const drawn = await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-region') ?? ''));
    expect(new Set(drawn)).toEqual(new Set(placeable.map((k) => k.region.id)));
    // Kreise of every Land: Schleswig-Holstein to Thüringen, Berlin and Hamburg included.
    expect(new Set(drawn.map((id) => id.slice(0, 5))).size).toBe(16);
    expect(await page.locator('svg.kreis-map path.land-borders').getAttribute('d')).toMatch(/^M[\d.-]/);

    const hamburg = germany.find((k) => k.region.id === 'de-02000')!;
    expect(await page.locator('path[data-region="de-02000"] > title').textContent()).toBe(
      `${hamburg.region.name}: ${hamburg.count} ${hamburg.count === 1 ? 'Angebot' : 'Angebote'}`,
    );
    expect(await page.locator('table.kreis-table tbody tr').count()).toBe(germany.length);
    const unplaced = page.locator('section.map-unplaced');
    expect(
      await unplaced
        .locator('ul.unplaced-kreise li')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-region'))),
    ).toEqual(expect.arrayContaining([UNNAMED_HESSIAN, 'de-landkreis-doc-004']));
    expect(await unplaced.locator('li').count()).toBe(2);
    const withOffer = germany.filter((k) => k.count > 0).length;
    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 20_000 })
      .toBe(`Karte für Deutschland: ${withOffer} von ${germany.length} Kreisen mit Angebot`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('map-view-germany'), fullPage: true });

    // From Germany to a Land through the same choice.
    await area.selectOption({ label: 'Bayern' });
    await waitReady(page);
    expect(new URL(page.url()).searchParams.get('region')).toBe('de-09');
    expect(await paths.count()).toBe(96);
    await page.close();
  });
});
