// The coordinators' bodies view in headless Chromium, on the curated dataset: the bodies × actors matrix of the
// Landkreis of document 004 (the Jobcenter a member of the Arbeitskreis Integration, in words), the actors at no
// table, the bodies lacking a kind of member, names that open the network, the region picker, English, errors,
// and no WCAG 2.1 A/AA violations found by axe-core.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAtlasPages, waitReady } from '../support/atlas-page.ts';
import { axeViolations } from '../support/axe.ts';
import { screenshotPath } from '../support/browser.ts';

const REGION = 'de-landkreis-doc-004';
const AT = '2026-11-21';
const LANDKREIS = `?ansicht=gremien&region=${REGION}&stichtag=${AT}`;
const AK = 'ak-integration-doc-004';
const STEERING = 'steuerungsgruppe-integration-doc-004';
const JOBCENTER = 'jobcenter-doc-004';

const ready = waitReady;

/** The text of the matrix cell in an actor's row and a body's column, found by the column's position. */
async function cell(page: Page, actor: string, body: string): Promise<string> {
  const column = await page
    .locator('.bd-matrix thead th')
    .evaluateAll((ths, id) => ths.findIndex((th) => th.getAttribute('data-body') === id), body);
  expect(column).toBeGreaterThan(0);
  return page
    .locator(`.bd-matrix tbody tr[data-actor="${actor}"] > *`)
    .nth(column)
    .evaluate((td) => td.textContent ?? '');
}

describe('the bodies view in headless Chromium', () => {
  const pages = useAtlasPages();
  const open = (query: string, height = 1000) => pages.open(query, { height });

  it('shows who sits at which table: the Jobcenter is a member of the Arbeitskreis Integration', async () => {
    const page = await open(LANDKREIS, 1500);
    await page.locator('.bd-matrix').waitFor();
    await expect(page.locator('.bd-view h2').textContent()).resolves.toBe(
      'Gremien in Landkreis (in Dokument 004 nicht genannt)',
    );
    const columns = await page.locator('.bd-matrix thead th[scope="col"]').allTextContents();
    expect(columns).toHaveLength(4);
    expect(columns.some((c) => c.startsWith('Arbeitskreis Integration'))).toBe(true);
    await expect(page.locator('.bd-matrix tbody th[scope="row"]').count()).resolves.toBe(8);
    await expect(
      page.locator(`tr[data-actor="${JOBCENTER}"] th[scope="row"]`).textContent(),
    ).resolves.toMatch(/^Jobcenter/);
    expect(await cell(page, JOBCENTER, AK)).toBe('✓ Mitglied');
    expect(await cell(page, JOBCENTER, STEERING)).toBe('nein');
    await expect(
      page.locator('.bd-matrix tbody td.bd-none .visually-hidden').first().textContent(),
    ).resolves.toBe('nein');
    await expect(page.locator('.bd-matrix tfoot th').textContent()).resolves.toBe('Erfasste Mitglieder');
    await expect(page.locator('.bd-matrix tfoot td').allTextContents()).resolves.toEqual(['0', '8', '0']);
    await expect(page.locator('#status').textContent()).resolves.toBe(
      'Landkreis (in Dokument 004 nicht genannt): 3 Gremien, 1 Akteur ohne Gremium',
    );
    await page.screenshot({ path: screenshotPath('bodies-view') });
  });

  it('lists the actors at no table, and says that no body lacks a kind of member', async () => {
    const page = await open(LANDKREIS);
    const noTable = page.locator('section[aria-labelledby="bd-no-table"]');
    await noTable.locator('h3').waitFor();
    await expect(noTable.locator('h3').textContent()).resolves.toBe('Akteure ohne Gremium');
    await expect(noTable.locator('li').allTextContents()).resolves.toEqual([
      'Kreisverwaltung (Landkreis aus Dokument 004)',
    ]);
    const gaps = page.locator('section[aria-labelledby="bd-gaps"]');
    await expect(gaps.locator('h3').textContent()).resolves.toBe('Gremien, denen eine Art Mitglied fehlt');
    await expect(gaps.textContent()).resolves.toContain('Keinem Gremium fehlt eine Art Mitglied');
  });

  it('a name opens the network on that actor', async () => {
    const page = await open(LANDKREIS);
    await page.click(`.bd-matrix tbody button[data-id="${JOBCENTER}"]`);
    await page.waitForURL(/fokus=/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('fokus')).toBe(JOBCENTER);
    expect(params.get('auswahl')).toBe(JOBCENTER);
    await expect(page.locator('nav button[aria-current="page"]').textContent()).resolves.toBe('Netzwerk');
    const back = await open(LANDKREIS);
    await back.click('section[aria-labelledby="bd-no-table"] button');
    await back.waitForURL(/fokus=kreisverwaltung-landkreis-doc-004/);
  });

  it('asks for a region first, and the picker chooses one', async () => {
    const page = await open(`?ansicht=gremien&stichtag=${AT}`);
    await expect(page.locator('.bd-choose').textContent()).resolves.toMatch(/Wählen Sie eine Region/);
    await expect(page.locator('.bd-matrix').count()).resolves.toBe(0);
    await page.fill('input[role="combobox"]', 'Landkreis Dokument 004');
    await page.locator('[role="option"]', { hasText: 'Landkreis (in Dokument 004 nicht genannt)' }).click();
    await page.waitForURL(new RegExp(`region=${REGION}`));
    await ready(page);
    await page.locator('.bd-matrix').waitFor();
    expect(await cell(page, JOBCENTER, AK)).toBe('✓ Mitglied');
  });

  it('speaks English with sprache=en', async () => {
    const page = await open(`${LANDKREIS}&sprache=en`);
    await page.locator('.bd-matrix').waitFor();
    await expect(page.locator('.bd-view h2').textContent()).resolves.toMatch(/^Bodies in /);
    expect(await cell(page, JOBCENTER, AK)).toBe('✓ Member');
    expect(await cell(page, JOBCENTER, STEERING)).toBe('no');
  });

  it('says when the region is unknown, and when the server does not answer', async () => {
    const page = await open('?ansicht=gremien&region=de-nirgendwo');
    await expect(page.locator('.bd-error').textContent()).resolves.toMatch(
      /„de-nirgendwo“ gibt es im Atlas nicht/,
    );
    const down = await pages.browser.newPage();
    await down.route('**/graphql', (route) => route.abort());
    await down.goto(`${pages.atlas.url}${LANDKREIS}`);
    await ready(down);
    await expect(down.locator('.bd-error').textContent()).resolves.toMatch(/Server antwortet nicht/);
  });

  it('has no WCAG 2.1 A/AA violations that axe-core finds', async () => {
    const page = await open(LANDKREIS);
    await page.locator('.bd-matrix').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const none = await open(`?ansicht=gremien&stichtag=${AT}`);
    expect(await axeViolations(none)).toEqual([]);
  });
});
