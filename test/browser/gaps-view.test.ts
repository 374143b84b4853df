import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageMatrixQuery } from '../../client/src/api/generated/operations.ts';
import { COVERAGE_MATRIX_QUERY } from '../../client/src/views/gaps/gaps-operations.ts';
import { useAtlasPages, waitReady } from '../support/atlas-page.ts';
import { axeViolations } from '../support/axe.ts';
import { screenshotPath } from '../support/browser.ts';

const KREIS = 'de-landkreis-doc-004';
const KREIS_NAME = 'Landkreis (in Dokument 004 nicht genannt)';
const DAY = '2026-11-21';
const LANGUAGE_CELL = 'button[data-topic="sprache-und-bildung"][data-target-group="neuzugewanderte"]';
/** A gap of the Kreis that exists elsewhere (docs/analysis.md): in Hessen and a Hessian Landkreis. */
const GAP_CELL =
  'button[data-topic="interkulturelle-oeffnung"][data-target-group="institutionen-und-behoerden"]';

const status = (page: Page) => page.locator('#status').innerText();

/** Waits for what a request brings: the first analysis statement of a cold Neo4j takes seconds to plan. */
const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 20_000 });

describe('the gap matrix in headless Chromium', () => {
  const pages = useAtlasPages();
  let matrix: CoverageMatrixQuery['coverage'];

  const open = (query: string, viewport = { width: 1400, height: 900 }) =>
    pages.open(`?ansicht=luecken&${query}`, viewport);

  beforeAll(async () => {
    // What the page must show, from the API itself.
    const response = await fetch(`${pages.atlas.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: COVERAGE_MATRIX_QUERY,
        variables: { region: KREIS, at: DAY, statedOnly: false, fromAbove: true },
      }),
    });
    matrix = ((await response.json()) as { data: CoverageMatrixQuery }).data.coverage;
  });

  it('shows the matrix of a Kreis: labelled rows and columns, counts, zeros hatched, no axe violations', async () => {
    const page = await open(`region=${KREIS}&stichtag=${DAY}`);
    const table = page.locator('table.gap-matrix');
    const columns = await table.locator('thead th[scope="col"]').allInnerTexts();
    const rows = await table.locator('tbody th[scope="row"]').allInnerTexts();
    expect(columns.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(
      matrix.targetGroups.map((g) => g.labelDe),
    );
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(matrix.topics.map((t) => t.labelDe));
    expect(rows).toContain('Sprache und Bildung');
    expect(columns).toContain('Neuzugewanderte');
    await poll(() => table.locator('caption').innerText()).toContain(
      `${KREIS_NAME}, Stand 21. November 2026`,
    );

    // Sprache und Bildung × Neuzugewanderte: its count and its partial offers, as the API has them.
    const language = matrix.cells.find(
      (c) => c.topic.id === 'sprache-und-bildung' && c.targetGroup.id === 'neuzugewanderte',
    )!;
    expect(language.count).toBeGreaterThan(0);
    const cell = page.locator(LANGUAGE_CELL);
    expect(await cell.locator('.cell-value').innerText()).toBe(String(language.count));
    expect(await cell.getAttribute('aria-label')).toBe(
      `${language.count} (${language.partial} teilweise) Angebote: Sprache und Bildung, Neuzugewanderte`,
    );
    expect(await cell.getAttribute('class')).not.toContain('hatched');

    // Every empty cell: hatched, printed 0, named a gap; every other one not.
    const gaps = matrix.cells.filter((c) => c.count === 0).length;
    const hatched = page.locator('button.cell.hatched');
    expect(await hatched.count()).toBe(gaps);
    expect(new Set(await hatched.allInnerTexts())).toEqual(new Set(['0']));
    expect(await page.locator(GAP_CELL).getAttribute('aria-label')).toBe(
      '0, Lücke: Interkulturelle Öffnung, Institutionen und Behörden',
    );
    expect(await page.locator('button.cell:not(.hatched)').count()).toBe(matrix.cells.length - gaps);

    await poll(() => status(page)).toBe(
      `Abdeckung für ${KREIS_NAME}: ${matrix.cells.length - gaps} von ${matrix.cells.length} Feldern mit Angebot`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('gaps-view') });
    await page.close();
  });

  it('explains a gap and names the nearest regions; the URL keeps the cell, so a reload shows it again', async () => {
    const page = await open(`region=${KREIS}&stichtag=${DAY}`);
    await page.locator(GAP_CELL).click();
    const panel = page.locator('aside.gap-panel');
    await poll(() => panel.innerText()).toContain(
      `Für dieses Thema und diese Zielgruppe ist in ${KREIS_NAME} kein Angebot erfasst. Das kann eine echte Lücke sein oder eine Lücke in den Daten.`,
    );
    await poll(() => panel.locator('ol.nearest > li .region-name').allInnerTexts()).toEqual([
      'Hessen',
      'Landkreis in Hessen (in Dokument 001 nicht genannt)',
    ]);
    await waitReady(page);
    expect(await page.locator(GAP_CELL).getAttribute('aria-pressed')).toBe('true');
    const url = new URL(page.url());
    expect(url.searchParams.get('thema')).toBe('interkulturelle-oeffnung');
    expect(url.searchParams.get('zielgruppe')).toBe('institutionen-und-behoerden');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('gaps-view-gap') });

    await page.reload();
    await waitReady(page);
    await poll(() => panel.locator('h3').innerText()).toBe(
      'Interkulturelle Öffnung × Institutionen und Behörden',
    );
    await poll(() => panel.locator('ol.nearest > li .region-name').first().innerText()).toBe('Hessen');
    await page.close();
  });

  it('lists the offers of a cell, whole or partial, each with a way into the network view', async () => {
    const page = await open(`region=${KREIS}&stichtag=${DAY}`);
    await page.locator(LANGUAGE_CELL).click();
    const panel = page.locator('aside.gap-panel');
    const items = panel.locator('ul.offer-list > li');
    await poll(() => items.count()).toBe(3);
    const texts = await items.allInnerTexts();
    expect(texts.filter((t) => t.includes('Reichweite: ganz'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Reichweite: teilweise'))).toHaveLength(2);
    expect(await status(page)).toBe('Sprache und Bildung × Neuzugewanderte: 3 Angebote: 1 ganz, 2 teilweise');

    await panel
      .getByRole('button', {
        name: 'Im Netzwerk zeigen: Integrationskurse im Landkreis aus Dokument 004 (alle Kurstypen)',
      })
      .click();
    const url = new URL(page.url());
    expect(url.searchParams.get('ansicht')).toBeNull(); // the network view is the default
    expect(url.searchParams.get('fokus')).toBe('integrationskurse-doc-004');
    expect(url.searchParams.get('auswahl')).toBe('integrationskurse-doc-004');
    await page.close();
  });

  it('moves between cells with the arrow keys and opens one with Enter', async () => {
    const page = await open(`region=${KREIS}&stichtag=${DAY}`);
    const first = page.locator('button.cell').first();
    expect(await first.getAttribute('tabindex')).toBe('0');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return [el.dataset.topic, el.dataset.targetGroup];
    });
    const topics = [...matrix.topics].map((t) => t.id);
    const groups = [...matrix.targetGroups].map((g) => g.id);
    expect(focused).toEqual([topics[1], groups[1]]);
    await page.keyboard.press('Enter');
    await poll(() => new URL(page.url()).searchParams.get('thema')).toBe(topics[1]);
    await page.close();
  });

  it('per capita: says the population is unknown, or shows offers per 100,000 inhabitants', async () => {
    const page = await open(`region=${KREIS}&stichtag=${DAY}`);
    await page.getByRole('checkbox', { name: 'Je 100.000 Einwohner' }).check();
    await poll(() => page.locator('.gaps-note').innerText()).toContain(
      `Für ${KREIS_NAME} ist keine Einwohnerzahl erfasst`,
    );
    expect(new URL(page.url()).searchParams.get('jeEinwohner')).toBe('1');
    // Without a population the cells keep their counts.
    expect(await page.locator(LANGUAGE_CELL).locator('.cell-value').innerText()).toBe('3');
    await page.close();

    // Dortmund's population is recorded: the numbers turn into rates with one decimal, German style.
    const dortmund = await open(`region=de-05913&stichtag=${DAY}`);
    const filled = dortmund.locator('button.cell:not(.hatched) .cell-value');
    expect(await filled.count()).toBeGreaterThan(0);
    expect((await filled.allInnerTexts()).every((t) => /^\d+$/.test(t))).toBe(true);
    await dortmund.getByRole('checkbox', { name: 'Je 100.000 Einwohner' }).check();
    await poll(async () => (await filled.allInnerTexts()).every((t) => /^\d+,\d$/.test(t))).toBe(true);
    expect(await dortmund.locator('caption').innerText()).toContain('je 100.000 Einwohner');
    await dortmund.close();
  });

  it('offers from above can be left out', async () => {
    const page = await open(`region=${KREIS}&stichtag=${DAY}`);
    const before = await page.locator('button.cell.hatched').count();
    await page.getByRole('checkbox', { name: 'Angebote von Bund und Land einbeziehen' }).uncheck();
    await poll(() => new URL(page.url()).searchParams.get('vonOben')).toBe('0');
    await waitReady(page);
    await poll(() => page.locator('button.cell.hatched').count()).toBeGreaterThan(before);
    await page.close();
  });

  it('picks a region from suggestions with name and level', async () => {
    const page = await open('');
    expect(await page.locator('.gaps-view').innerText()).toContain(
      'Wählen Sie eine Region, um ihre Abdeckung zu sehen.',
    );
    await page.getByRole('combobox', { name: 'Region' }).fill('Dortm');
    const option = page.getByRole('option', { name: /^Dortmund \(kreisfreie Stadt\) Kreis/ });
    await poll(() => option.innerText()).toContain('Kreis (Landkreis oder kreisfreie Stadt)');
    await option.click();
    await poll(() => new URL(page.url()).searchParams.get('region')).toBe('de-05913');
    await waitReady(page);
    await poll(() => page.locator('.gaps-view h2').innerText()).toContain('Dortmund (kreisfreie Stadt)');
    await page.close();
  });

  it('says so when the region is unknown or the server does not answer', async () => {
    const page = await open('region=gibt-es-nicht');
    expect(await page.getByRole('alert').innerText()).toBe(
      'Die Region „gibt-es-nicht“ gibt es im Atlas nicht. Bitte wählen Sie eine andere.',
    );
    await page.close();

    const down = await pages.browser.newPage();
    await down.route('**/graphql', (route) => route.abort());
    await down.goto(`${pages.atlas.url}?ansicht=luecken&region=${KREIS}`);
    await waitReady(down);
    expect(await down.getByRole('alert').innerText()).toBe(
      'Der Server antwortet nicht. Bitte später erneut versuchen.',
    );
    await down.close();
  });
});
