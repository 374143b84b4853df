// The coordinators' bodies view in headless Chromium, on the curated dataset: the bodies × actors matrix of the
// Landkreis of document 004 (the Jobcenter a member of the Arbeitskreis Integration, in words), the actors at no
// table, the bodies lacking a kind of member, names that open the network, the region picker, English, errors,
// and no WCAG 2.1 A/AA violations found by axe-core. Then a Land with more bodies than one table can show (30, on
// top of the curated data): ten at a time with a pager and a filter, worked by keyboard, and its actors checked
// for a seat a page at a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CURATED_DATASET } from '../../server/config/curated-dataset.ts';
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
    // A Kreis' few bodies are one table, and its actors one check: nothing to page.
    await expect(page.locator('.bd-pager').count()).resolves.toBe(0);
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

// A Land with many bodies: BODIES bodies in Mecklenburg-Vorpommern (no curated actor is placed there), each with
// MEMBERS members of its own, one actor sitting in all of them, and AT_NO_TABLE actors in none. Sorted by name the
// region's actors are: the Landesstelle, the members, those at no table, the bodies.
const LAND = 'de-13';
const LAND_NAME = 'Mecklenburg-Vorpommern';
const BODIES = 30;
const MEMBERS = 3;
const AT_NO_TABLE = 25;
const two = (i: number) => String(i).padStart(2, '0');
const bodyId = (i: number) => `gremium-fixture-${two(i)}`;
const EVERYWHERE = 'landesstelle-fixture';
const PLACED = 1 + BODIES * MEMBERS + AT_NO_TABLE + BODIES;
const FACT = { sources: ['doc-004'], lastVerified: '2026-11-21' } as const;

function writeManyBodiesFixture(): string {
  const actors: object[] = [{ id: EVERYWHERE, kind: 'agency', name: 'Landesstelle Gremien-Test', ...FACT }];
  const relationships: object[] = [{ type: 'LOCATED_IN', from: EVERYWHERE, to: LAND, ...FACT }];
  for (let b = 1; b <= BODIES; b += 1) {
    actors.push({
      id: bodyId(b),
      kind: 'body',
      bodyKind: 'workingGroup',
      name: `Testgremium ${two(b)}`,
      ...FACT,
    });
    relationships.push({ type: 'LOCATED_IN', from: bodyId(b), to: LAND, ...FACT });
    relationships.push({ type: 'MEMBER_OF', from: EVERYWHERE, to: bodyId(b), role: 'guest', ...FACT });
    for (let m = 1; m <= MEMBERS; m += 1) {
      const id = `mitglied-fixture-${two(b)}-${m}`;
      actors.push({ id, kind: 'civilSocietyOrganisation', name: `Mitglied ${two(b)}-${m}`, ...FACT });
      relationships.push({ type: 'LOCATED_IN', from: id, to: LAND, ...FACT });
      relationships.push({ type: 'MEMBER_OF', from: id, to: bodyId(b), role: 'member', ...FACT });
    }
  }
  for (let i = 1; i <= AT_NO_TABLE; i += 1) {
    const id = `ohne-tisch-fixture-${two(i)}`;
    actors.push({ id, kind: 'civilSocietyOrganisation', name: `Ohne Tisch ${two(i)}`, ...FACT });
    relationships.push({ type: 'LOCATED_IN', from: id, to: LAND, ...FACT });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bodies-'));
  const file = path.join(dir, 'many-bodies.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'integration-atlas/1', actors, relationships }));
  return file;
}

const MANY = `?ansicht=gremien&region=${LAND}&stichtag=${AT}`;
const bodiesPager = (page: Page) => page.locator('nav.bd-pager[aria-label="Blättern in den Gremien"]');
const actorsPager = (page: Page) =>
  page.locator('nav.bd-pager[aria-label="Blättern in den Akteuren der Region"]');
const columns = (page: Page) => page.locator('.bd-matrix thead th[data-body]').allTextContents();
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-page') ?? null);

describe('the bodies view of a Land with many bodies', () => {
  const pages = useAtlasPages([CURATED_DATASET, writeManyBodiesFixture()]);
  const open = (query: string) => pages.open(query, { height: 1000 });

  it('shows ten bodies at a time, as rows only their members, and pages by keyboard', async () => {
    const page = await open(MANY);
    await page.locator('.bd-matrix').waitFor();
    await expect(page.locator('.bd-matrix caption').textContent()).resolves.toBe(
      `Gremien 1–10 von ${BODIES} und ihre Mitglieder in ${LAND_NAME}`,
    );
    await expect(bodiesPager(page).locator('.bd-pager-position').textContent()).resolves.toBe(
      `Gremien 1–10 von ${BODIES}`,
    );
    expect(await columns(page)).toEqual(Array.from({ length: 10 }, (_, i) => `Testgremium ${two(i + 1)}`));
    // The members of the ten bodies shown and the Landesstelle, once: not the whole Land's 30 × 91 cells.
    const rows = 10 * MEMBERS + 1;
    await expect(page.locator('.bd-matrix tbody tr').count()).resolves.toBe(rows);
    await expect(page.locator('.bd-matrix tbody td').count()).resolves.toBe(rows * 10);
    await expect(page.locator(`tr[data-actor="${EVERYWHERE}"] td.bd-member`).count()).resolves.toBe(10);
    // Each actor under the first body it sits in, by name there: the Landesstelle and the members of body 01, then
    // those of body 02, …
    const order = await page
      .locator('.bd-matrix tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor')));
    expect(order.slice(0, 5)).toEqual([
      EVERYWHERE,
      'mitglied-fixture-01-1',
      'mitglied-fixture-01-2',
      'mitglied-fixture-01-3',
      'mitglied-fixture-02-1',
    ]);
    await page.screenshot({ path: screenshotPath('bodies-view-paged') });

    // From the filter, Tab reaches "Vorherige" (at the first page, aria-disabled but focusable), then "Nächste".
    await page.getByLabel('Gremien nach Namen filtern').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('previous');
    await expect(
      bodiesPager(page).locator('[data-page="previous"]').getAttribute('aria-disabled'),
    ).resolves.toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('next');
    await page.keyboard.press('Enter');
    await expect(bodiesPager(page).locator('.bd-pager-position').textContent()).resolves.toBe(
      `Gremien 11–20 von ${BODIES}`,
    );
    expect((await columns(page))[0]).toBe('Testgremium 11');
    await expect(
      page.locator('.bd-matrix tbody tr[data-actor="mitglied-fixture-01-1"]').count(),
    ).resolves.toBe(0);
    await page.keyboard.press('Space');
    await expect(bodiesPager(page).locator('.bd-pager-position').textContent()).resolves.toBe(
      `Gremien 21–30 von ${BODIES}`,
    );
    // At the last page "Nächste" does nothing and keeps the focus.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('next');
    await expect(bodiesPager(page).locator('[data-page="next"]').getAttribute('aria-disabled')).resolves.toBe(
      'true',
    );
    await expect(bodiesPager(page).locator('.bd-pager-position').textContent()).resolves.toBe(
      `Gremien 21–30 von ${BODIES}`,
    );
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect((await columns(page))[0]).toBe('Testgremium 11');
  });

  it('finds bodies by name, and says when none matches', async () => {
    const page = await open(MANY);
    await page.locator('.bd-matrix').waitFor();
    await page.locator('[data-page="next"]').first().click();
    await page.getByLabel('Gremien nach Namen filtern').fill('testgremium 07');
    await expect(bodiesPager(page).locator('.bd-pager-position').textContent()).resolves.toBe(
      `Gremium 1 von 1 passenden (von ${BODIES})`,
    );
    expect(await columns(page)).toEqual(['Testgremium 07']);
    await expect(page.locator('.bd-matrix tbody tr').count()).resolves.toBe(MEMBERS + 1);
    await page.getByLabel('Gremien nach Namen filtern').fill('Bremen');
    await expect(bodiesPager(page).locator('.bd-pager-position').textContent()).resolves.toBe(
      'Kein Gremium passt zu „Bremen“.',
    );
    await expect(page.locator('.bd-matrix').count()).resolves.toBe(0);
  });

  it('checks the actors for a seat a page at a time, and says which page', async () => {
    const page = await open(MANY);
    const noTable = page.locator('section[aria-labelledby="bd-no-table"]');
    const position = actorsPager(page).locator('.bd-pager-position');
    // Page one: the Landesstelle, the 90 members, then the first of those at no table.
    const first = 100 - 1 - BODIES * MEMBERS;
    await expect(position.textContent()).resolves.toBe(
      `Geprüft: Akteure 1–100 von ${PLACED} der Region (nach Name), davon ${first} ohne Gremium.`,
    );
    const names = await noTable.locator('li').allTextContents();
    expect(names).toEqual(Array.from({ length: first }, (_, i) => `Ohne Tisch ${two(i + 1)}`));
    await expect(page.locator('#status').textContent()).resolves.toBe(
      `${LAND_NAME}: ${BODIES} Gremien; von den ersten 100 der ${PLACED} Akteure sitzen ${first} in keinem`,
    );
    // Page two: the rest of those at no table; the bodies themselves are tables, not actors at none.
    await actorsPager(page).locator('[data-page="next"]').focus();
    await page.keyboard.press('Enter');
    await position.filter({ hasText: 'Akteure 101–' }).waitFor();
    await ready(page);
    await expect(position.textContent()).resolves.toBe(
      `Geprüft: Akteure 101–${PLACED} von ${PLACED} der Region (nach Name), davon ${AT_NO_TABLE - first} ohne Gremium.`,
    );
    await expect(noTable.locator('li').count()).resolves.toBe(AT_NO_TABLE - first);
    await expect(noTable.locator('li').first().textContent()).resolves.toBe(`Ohne Tisch ${two(first + 1)}`);
    expect(await focused(page)).toBe('next');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await position.filter({ hasText: 'Akteure 1–100' }).waitFor();
    await ready(page);
    await expect(noTable.locator('li').count()).resolves.toBe(first);
  });

  it('has no WCAG 2.1 A/AA violations that axe-core finds, paged or filtered', async () => {
    const page = await open(MANY);
    await page.locator('.bd-matrix').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Gremien nach Namen filtern').fill('Bremen');
    await expect(page.locator('.bd-matrix').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
