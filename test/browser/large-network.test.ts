// A Land's network larger than the page lays out (1,300 actors on top of the curated data): the server positions
// it, the page only places the nodes, draws the cheap way (straight edges, labels only when zoomed in), takes
// the keyboard, and the table twin and axe-core's WCAG 2.1 A/AA check hold as for a small one.
import { describe, expect, it } from 'vitest';
import { CURATED_DATASET } from '../../server/config/curated-dataset.ts';
import { useAtlasPages } from '../support/atlas-page.ts';
import { axeViolations } from '../support/axe.ts';
import { screenshotPath } from '../support/browser.ts';
import {
  CLUSTERS,
  LARGE_LAND,
  PER_CLUSTER,
  writeLargeNetworkFixture,
} from '../support/large-network-fixture.ts';

const POSITIONS = `query ($region: ID!) { networkDrawing(region: $region, depth: 0, limit: 20000) {
  nodes { id x y } positioned } }`;

describe('a large network in headless Chromium', () => {
  const pages = useAtlasPages([CURATED_DATASET, writeLargeNetworkFixture()]);

  it('draws a whole Land at the server’s positions, the cheap way, and still takes the keyboard', async () => {
    const page = await pages.open(`?region=${LARGE_LAND}`);
    const drawn = await page.evaluate(() => {
      const cy = window.__atlas!.cy!;
      return {
        nodes: cy.nodes().length,
        bulk: cy.nodes('.bulk').length,
        haystack: cy.edges().filter((e) => e.style('curve-style') === 'haystack').length,
        edges: cy.edges().length,
        positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])),
        zoom: cy.zoom(),
      };
    });
    expect(drawn.nodes).toBeGreaterThanOrEqual(CLUSTERS * PER_CLUSTER);
    expect(drawn.bulk).toBe(drawn.nodes);
    expect(drawn.haystack).toBe(drawn.edges);
    // At the fitted zoom, labels are not drawn (they would be an unreadable carpet).
    expect(drawn.zoom).toBeLessThan(0.9);

    const response = await fetch(`${pages.atlas.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: POSITIONS, variables: { region: LARGE_LAND } }),
    });
    const answer = (await response.json()) as {
      data: { networkDrawing: { nodes: { id: string[]; x: number[]; y: number[] }; positioned: boolean } };
    };
    const server = answer.data.networkDrawing;
    expect(server.positioned).toBe(true);
    server.nodes.id.forEach((id, i) => {
      expect(drawn.positions[id]).toEqual({ x: server.nodes.x[i], y: server.nodes.y[i] });
    });

    // Still a page one can work with: the canvas takes the keyboard and zooms.
    await page.focus('.graph');
    await page.keyboard.press('+');
    const zoomed = await page.evaluate(() => window.__atlas!.cy!.zoom());
    expect(zoomed).toBeGreaterThan(drawn.zoom);
    // No label is set at the fitted zoom; zoomed in to reading size, exactly the nodes in view get theirs.
    expect(await page.evaluate(() => window.__atlas!.cy!.nodes('.labelled').length)).toBe(0);
    const reading = await page.evaluate(async () => {
      const cy = window.__atlas!.cy!;
      const middle = cy.nodes()[0]!;
      cy.zoom({ level: 1.5, position: middle.position() });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const view = cy.extent();
      const inView = cy.nodes().filter((n) => {
        const { x, y } = n.position();
        return x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
      });
      return {
        inView: inView.map((n) => n.id()).sort(),
        labelled: cy
          .nodes('.labelled')
          .map((n) => n.id())
          .sort(),
        label: String(middle.style('label')),
        name: String(middle.data('label')),
      };
    });
    expect(reading.inView.length).toBeGreaterThan(0);
    expect(reading.inView.length).toBeLessThan(drawn.nodes);
    expect(reading.labelled).toEqual(reading.inView);
    expect(reading.label).toBe(reading.name);
    await page.screenshot({ path: screenshotPath('network-large-land') });
  });

  it('draws with WebGL only when asked and available, and otherwise as usual', async () => {
    const plain = await pages.open(`?region=${LARGE_LAND}`);
    expect(
      await plain.evaluate(() =>
        Boolean((window.__atlas!.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl),
      ),
    ).toBe(false);
    const page = await pages.open(`?region=${LARGE_LAND}&webgl=1`);
    const drawn = await page.evaluate(() => ({
      nodes: window.__atlas!.cy!.nodes().length,
      webgl: Boolean((window.__atlas!.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl),
      available: document.createElement('canvas').getContext('webgl2') !== null,
    }));
    expect(drawn.nodes).toBeGreaterThanOrEqual(CLUSTERS * PER_CLUSTER);
    expect(drawn.webgl).toBe(drawn.available);
    await expect(page.getByText('WebGL 2 gibt es in diesem Browser nicht').count()).resolves.toBe(
      drawn.available ? 0 : 1,
    );
    await expect(
      page.getByLabel('Mit WebGL zeichnen (experimentell, für große Netze)').isChecked(),
    ).resolves.toBe(true);
  });

  it('the table twin lists every node, and axe-core finds no WCAG 2.1 A/AA violation', async () => {
    const page = await pages.open(`?region=${LARGE_LAND}&tabelle=1`);
    await page.locator('table').first().waitFor();
    const status = await page.locator('.canvas-status').textContent();
    const count = Number(/^(\d+)/.exec(status ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(CLUSTERS * PER_CLUSTER);
    expect(await axeViolations(page)).toEqual([]);
  });
});
