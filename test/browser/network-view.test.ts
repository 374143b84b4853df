// The coordinators' network view in headless Chromium, on the curated dataset: start from a search, see the
// neighbourhood in rings, widen it, filter by kind (dim or hide), the legend and the table twin, details with
// sources, the keyboard, the URL as the state, English, and no WCAG 2.1 A/AA violations found by axe-core.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAtlasPages, waitReady } from '../support/atlas-page.ts';
import { axeViolations } from '../support/axe.ts';
import { screenshotPath } from '../support/browser.ts';

const AK = 'ak-integration-doc-004';

interface GraphModel {
  nodes: { id: string; kind: string; distance: number; faded: boolean; hidden: boolean }[];
  edges: number;
  selected: string[];
  focused: string[];
}

const ready = waitReady;

async function graphModel(page: Page): Promise<GraphModel> {
  await ready(page);
  return page.evaluate(() => {
    const cy = window.__atlas!.cy!;
    return {
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        kind: String(n.data('kind')),
        distance: Number(n.data('distance')),
        faded: n.hasClass('faded'),
        hidden: n.hasClass('hidden'),
      })),
      edges: cy.edges().length,
      selected: cy.$(':selected').map((n) => n.id()),
      focused: cy.$('.keyboard-focus').map((n) => n.id()),
    };
  });
}

describe('the network view in headless Chromium', () => {
  const pages = useAtlasPages();
  const open = (query = '') => pages.open(query, { height: 850, wait: false });

  it('starts from a question: a search hit opens its neighbourhood in rings, and the URL holds it', async () => {
    const page = await open();
    await expect(page.locator('.canvas-status').textContent()).resolves.toMatch(/Suchen Sie/);
    await page.fill('input[role="combobox"]', 'Arbeitskreis Integration');
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/fokus=/);
    const model = await graphModel(page);
    expect(new URL(page.url()).searchParams.get('fokus')).toBe(AK);
    expect(model.nodes.find((n) => n.distance === 0)?.id).toBe(AK);
    expect(model.nodes.length).toBeGreaterThan(5);
    expect(Math.max(...model.nodes.map((n) => n.distance))).toBe(1);
    await expect(page.locator('[role="listbox"]').count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('network-view') });
  });

  it('widens to two steps, and a link with the state reproduces the view', async () => {
    const page = await open(`?fokus=${AK}`);
    const one = await graphModel(page);
    await page.click('button:has-text("Weiter")');
    await page.waitForURL(/tiefe=2/);
    const two = await graphModel(page);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(Math.max(...two.nodes.map((n) => n.distance))).toBe(2);
    const again = await graphModel(await open(`?fokus=${AK}&tiefe=2`));
    expect(again.nodes.map((n) => n.id).sort()).toEqual(two.nodes.map((n) => n.id).sort());
  });

  it('the legend counts the kinds on screen; a click fades the others, the switch hides them', async () => {
    const page = await open(`?fokus=${AK}`);
    const model = await graphModel(page);
    const welfare = model.nodes.filter((n) => n.kind === 'WELFARE_ORGANISATION').length;
    expect(welfare).toBeGreaterThan(0);
    const row = page.locator('.legend button', { hasText: 'Wohlfahrtsverband' });
    await expect(row.locator('.legend-count').textContent()).resolves.toBe(String(welfare));
    await row.click();
    await page.waitForURL(/arten=WELFARE_ORGANISATION/);
    const dimmed = await graphModel(page);
    for (const node of dimmed.nodes) expect(node.faded).toBe(node.kind !== 'WELFARE_ORGANISATION');
    await page.check('text=Ausblenden statt abschwächen');
    const hidden = await graphModel(page);
    for (const node of hidden.nodes) expect(node.hidden).toBe(node.kind !== 'WELFARE_ORGANISATION');
  });

  it('the table is the twin of the graph: same nodes, sortable, and a row opens the details with sources', async () => {
    const page = await open(`?fokus=${AK}&tabelle=1`);
    await ready(page);
    const rows = page.locator('.node-table tbody tr');
    const count = await rows.count();
    const graph = await graphModel(await open(`?fokus=${AK}`));
    expect(count).toBe(graph.nodes.length);
    await page.click('.node-table tbody th button:has-text("Jobcenter")');
    await page.waitForURL(/auswahl=jobcenter-doc-004/);
    const details = page.locator('aside.details');
    await details.locator('text=Quellen').waitFor();
    await expect(details.locator('.sources li').count()).resolves.toBeGreaterThan(0);
    await expect(details.textContent()).resolves.toMatch(/Beleg/);
  });

  it('can be used by keyboard alone: one tab stop, arrows to neighbours, Enter for details', async () => {
    const page = await open(`?fokus=${AK}`);
    await ready(page);
    await page.focus('.graph');
    const start = await graphModel(page);
    expect(start.focused).toEqual([AK]);
    await page.keyboard.press('ArrowUp');
    const moved = await graphModel(page);
    expect(moved.focused).toHaveLength(1);
    expect(moved.focused[0]).not.toBe(AK);
    await expect(page.locator('#status').textContent()).resolves.toContain('Nachbarn');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`auswahl=${moved.focused[0]}`));
    await expect(page.locator('aside.details h2').textContent()).resolves.not.toBe('');
  });

  it('switches to English, and a malformed URL falls back to defaults instead of failing', async () => {
    const page = await open(`?fokus=${AK}&sprache=en`);
    await ready(page);
    await expect(page.locator('nav button[aria-current="page"]').textContent()).resolves.toBe('Network');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const odd = await open(`?fokus=${'x'.repeat(300)}&tiefe=99&stichtag=2026-02-31&arten=DROP&ansicht=%00`);
    await expect(odd.locator('.canvas-status').textContent()).resolves.toMatch(/Suchen Sie/);
  });

  it('has no WCAG 2.1 A/AA violations that axe-core finds, with details open', async () => {
    const page = await open(`?fokus=${AK}&auswahl=${AK}`);
    await ready(page);
    await page.locator('aside.details dl').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const table = await open(`?fokus=${AK}&tabelle=1`);
    await ready(table);
    expect(await axeViolations(table)).toEqual([]);
  });

  it('shows a region’s whole network and marks the analysis chosen: brokers with their badge and reason', async () => {
    const page = await open(`?region=de-landkreis-doc-004&analyse=vermittler`);
    const model = await graphModel(page);
    await expect(page.locator('.canvas-status').textContent()).resolves.toMatch(/Knoten/);
    expect(model.nodes.map((n) => n.id)).toContain(AK);
    const labels = await page.evaluate(() =>
      Object.fromEntries(window.__atlas!.cy!.nodes('.marked').map((n) => [n.id(), String(n.data('label'))])),
    );
    expect(labels[AK]).toMatch(/^◆1 Arbeitskreis Integration/);
    await expect(page.locator('.overlay-items li').first().textContent()).resolves.toMatch(
      /Arbeitskreis Integration.*ohne ihn \d+ Teile/,
    );
    await page.selectOption('.overlay-panel select', 'partner');
    await page.waitForURL(/analyse=partner/);
    await ready(page);
    await page.screenshot({ path: screenshotPath('network-region-overlay') });
  });

  it('finds who links two actors (shortest paths) and adds a node’s neighbours to the view', async () => {
    const page = await open(`?fokus=jobcenter-doc-004&auswahl=jobcenter-doc-004`);
    await ready(page);
    await page.locator('aside.details dl').waitFor();
    await page.fill('aside.details input[role="combobox"]', 'Arbeiterwohlfahrt im Landkreis');
    await page
      .locator('aside.details [role="option"]', { hasText: 'Arbeiterwohlfahrt im Landkreis' })
      .first()
      .click();
    await page.waitForURL(/weg=awo-doc-004/);
    const path = await graphModel(page);
    expect(Object.fromEntries(path.nodes.map((n) => [n.id, n.distance]))).toEqual({
      'jobcenter-doc-004': 0,
      [AK]: 1,
      'awo-doc-004': 2,
    });
    const around = await open(`?fokus=jobcenter-doc-004&auswahl=${AK}`);
    const before = await graphModel(around);
    await around.click('text=Seine Nachbarn dazunehmen');
    await around.waitForURL(
      /fokus=jobcenter-doc-004%2Cak-integration-doc-004|fokus=jobcenter-doc-004,ak-integration-doc-004/,
    );
    const after = await graphModel(around);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
  });

  it('a double-click on a node expands it (its neighbours join), and on an expanded node collapses it again', async () => {
    const page = await open(`?fokus=jobcenter-doc-004`);
    const before = await graphModel(page);
    const doubleClick = async (id: string) => {
      const at = await page.evaluate((nodeId) => {
        const cy = window.__atlas!.cy!;
        const node = cy.getElementById(nodeId);
        cy.center(node);
        const box = (cy.container() as HTMLElement).getBoundingClientRect();
        const p = node.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      }, id);
      await page.mouse.dblclick(at.x, at.y);
    };
    await doubleClick(AK);
    await page.waitForURL(/fokus=jobcenter-doc-004(%2C|,)ak-integration-doc-004/);
    const expanded = await graphModel(page);
    expect(expanded.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(
      expanded.nodes
        .filter((n) => n.distance === 0)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['ak-integration-doc-004', 'jobcenter-doc-004']);
    // The same without a mouse: the details of the expanded node offer to take its neighbours out again.
    await page.click('text=Seine Nachbarn wieder herausnehmen');
    await page.waitForURL((url) => url.searchParams.get('fokus') === 'jobcenter-doc-004');
    const collapsed = await graphModel(page);
    expect(collapsed.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    await doubleClick(AK);
    await page.waitForURL(/fokus=jobcenter-doc-004(%2C|,)ak-integration-doc-004/);
    await graphModel(page);
    await doubleClick(AK);
    await page.waitForURL((url) => url.searchParams.get('fokus') === 'jobcenter-doc-004');
    expect((await graphModel(page)).nodes.length).toBe(before.nodes.length);
  });

  it('filters by topic and target group (offers and who carries them stay), and by kind of relationship', async () => {
    const page = await open(`?fokus=${AK}&thema=sprache-und-bildung&zielgruppe=neuzugewanderte`);
    const model = await graphModel(page);
    const emphasised = model.nodes.filter((n) => !n.faded).map((n) => n.id);
    expect(emphasised).toContain('integrationskurse-doc-004');
    expect(emphasised).not.toContain('jobcenter-doc-004');
    for (const node of model.nodes.filter((n) => n.kind === 'MEASURE' && !n.faded)) {
      expect(node.id).toMatch(/integrationskurse-doc-004$/);
    }
    const members = await open(`?fokus=${AK}&beziehungen=MEMBER_OF`);
    await graphModel(members);
    const types = await members.evaluate(() => [
      ...new Set(window.__atlas!.cy!.edges().map((e) => String(e.data('type')))),
    ]);
    expect(types).toEqual(['MEMBER_OF']);
    await members.click('summary:has-text("Beziehungsarten")');
    await expect(members.locator('.relationship-types input:checked').count()).resolves.toBe(1);
  });

  it('a year on the slider sets the as-of date to that year’s end, in the URL', async () => {
    const page = await open(`?fokus=${AK}`);
    await ready(page);
    await page.locator('.year-slider input').fill('2012');
    await page.waitForURL(/stichtag=2012-12-31/);
    await expect(page.locator('.year-slider output').textContent()).resolves.toBe('Ende 2012');
  });

  it('exports the view as a PNG that carries the legend, the filters, the date and the sources', async () => {
    const page = await open(`?fokus=${AK}&stichtag=2026-11-21`);
    await ready(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Als Bild (PNG)')]);
    expect(download.suggestedFilename()).toBe('integration-atlas-netzwerk.png');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Wider than the graph alone: the side panel with legend, filters, date and sources is drawn next to it.
    const width = png.readUInt32BE(16);
    const graphPixels = await page.evaluate(() => {
      const cy = window.__atlas!.cy!;
      return Math.round((cy.elements().renderedBoundingBox().w / cy.zoom()) * 1.5);
    });
    expect(width).toBeGreaterThan(graphPixels + 300);
  });

  it('hands the data on through the exports, with the view’s region and kinds', async () => {
    const page = await open(`?region=de-landkreis-doc-004&arten=AGENCY,WELFARE_ORGANISATION`);
    await ready(page);
    await page.click('summary:has-text("Daten exportieren")');
    const link = page.locator('.export-links a', { hasText: 'actors.csv' });
    const href = await link.getAttribute('href');
    expect(href).toBe(
      '/export/csv/actors.csv?region=de-landkreis-doc-004&label=Agency&label=WelfareOrganisation',
    );
    const answer = await page.request.get(`${pages.atlas.url}${href!.slice(1)}`);
    expect(answer.status()).toBe(200);
    const rows = (await answer.text()).trim().split('\r\n');
    expect(rows.length).toBeGreaterThan(1);
    const ids = rows.slice(1).map((row) => row.replace(/^\uFEFF/, '').split(',')[0]);
    expect(ids).toContain('jobcenter-doc-004');
    expect(ids).toContain('awo-doc-004');
    expect(ids).not.toContain('ak-integration-doc-004');
    const whole = await open('');
    await whole.click('summary:has-text("Daten exportieren")');
    expect(await whole.locator('.export-links a', { hasText: 'network.graphml' }).getAttribute('href')).toBe(
      '/export/network.graphml',
    );
  });

  it('says when the server does not answer', async () => {
    const page = await pages.browser.newPage();
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${pages.atlas.url}?fokus=${AK}`);
    await page.waitForFunction(() => window.__atlas?.ready === true);
    await expect(page.locator('.canvas-status').textContent()).resolves.toMatch(/Server antwortet nicht/);
  });
});
