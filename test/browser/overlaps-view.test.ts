// The coordinators' overlap list in headless Chromium, on the curated dataset: the Migrationserstberatung offers of
// the Landkreis of document 004 ranked with their reasons (German, and English with `sprache=en`), the coordinated
// badge in words, the score as a bar and a number, the controls, the empty state, the way into the network with
// the measures and their providers in focus, errors, and no WCAG 2.1 A/AA violations found by axe-core. Then a
// Land with more findings than the list shows at once: it names them the strongest, not all, and shows more.
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
const LANDKREIS = `?ansicht=ueberschneidungen&region=${REGION}&stichtag=${AT}`;
const MBE = ['awo', 'caritas', 'diakonie'].map((provider) => `migrationserstberatung-${provider}-doc-004`);

const ready = waitReady;

const findings = (page: Page) => page.locator('ol.ov-list > li');

describe('the overlap list in headless Chromium', () => {
  const pages = useAtlasPages();
  const open = (query: string) => pages.open(query, { height: 1000 });

  it('ranks the Migrationserstberatung pairs of the Landkreis with German reasons, score and badge', async () => {
    const page = await open(LANDKREIS);
    await findings(page).first().waitFor();
    await expect(page.locator('.ov-view h2').textContent()).resolves.toBe(
      'Überschneidungen in Landkreis (in Dokument 004 nicht genannt)',
    );
    await expect(page.locator('.ov-view').textContent()).resolves.toContain('Die Stärke (0 bis 1)');
    await expect(findings(page).count()).resolves.toBe(3);
    for (const finding of await findings(page).all()) {
      await expect(finding.locator('h3').textContent()).resolves.toMatch(
        /^Migrationserstberatung der \w+ .* und Migrationserstberatung der \w+ /,
      );
      await expect(finding.locator('.ov-badge').textContent()).resolves.toBe('✓ abgestimmt');
      await expect(finding.locator('.ov-score-value').textContent()).resolves.toBe('1,00');
      await expect(
        finding.locator('.ov-score-bar span').evaluate((bar) => (bar as HTMLElement).style.width),
      ).resolves.toBe('100%');
      const reasons = await finding.locator('.ov-reasons li').allTextContents();
      expect(reasons).toContain('Gemeinsame Themen: Gesundheit und Beratung');
      expect(reasons).toContain('Gemeinsame Zielgruppen: Neuzugewanderte');
      expect(
        reasons.some((r) => r.startsWith('Abgestimmt: ') && r.includes('Arbeitskreis Integration')),
      ).toBe(true);
      await expect(finding.locator('.ov-facts').textContent()).resolves.toContain(
        'gemeinsames Gremium: Arbeitskreis Integration',
      );
    }
    await expect(page.locator('#status').textContent()).resolves.toBe(
      '3 Überschneidungen in Landkreis (in Dokument 004 nicht genannt), davon 0 nicht abgestimmt',
    );
    await page.screenshot({ path: screenshotPath('overlaps-view') });
  });

  it('gives the reasons in English with sprache=en', async () => {
    const page = await open(`${LANDKREIS}&sprache=en`);
    const first = findings(page).first();
    await first.waitFor();
    await expect(first.locator('.ov-badge').textContent()).resolves.toBe('✓ coordinated');
    const reasons = await first.locator('.ov-reasons li').allTextContents();
    expect(reasons).toContain('shared topics: Health and counselling');
    expect(reasons.some((r) => r.startsWith('coordinated: '))).toBe(true);
  });

  it('"Im Netzwerk zeigen" opens the network on both measures and their providers', async () => {
    const page = await open(LANDKREIS);
    await findings(page).first().locator('button:has-text("Im Netzwerk zeigen")').click();
    await page.waitForURL(/fokus=/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('ansicht')).toBeNull();
    expect(params.get('fokus')?.split(',')).toEqual([MBE[0], MBE[1], 'awo-doc-004', 'caritas-doc-004']);
    expect(params.get('auswahl')).toBe(MBE[0]);
    await expect(page.locator('nav button[aria-current="page"]').textContent()).resolves.toBe('Netzwerk');
    await ready(page);
    const focused = await page.evaluate(() =>
      window
        .__atlas!.cy!.nodes()
        .filter((n) => Number(n.data('distance')) === 0)
        .map((n) => n.id())
        .sort(),
    );
    expect(focused).toEqual([MBE[0], MBE[1], 'awo-doc-004', 'caritas-doc-004'].sort());
  });

  it('the minimum score and the coordinated switch change the list; an empty list says what that means', async () => {
    const page = await open(LANDKREIS);
    await findings(page).first().waitFor();
    await page.focus('.ov-controls input[type="range"]');
    await page.keyboard.press('Home');
    await expect(page.locator('.ov-min-value').textContent()).resolves.toBe('0,0');
    await page.waitForFunction(() => document.querySelectorAll('ol.ov-list > li').length === 4);
    await ready(page);
    await expect(findings(page).nth(3).locator('.ov-score-value').textContent()).resolves.toBe('0,33');
    await expect(findings(page).nth(3).locator('dt.ov-missing + dd').textContent()).resolves.toMatch(
      /Zusammenschluss mehrerer Organisationen/,
    );
    await page.uncheck('text=abgestimmte zeigen');
    await page.locator('.ov-empty h3').waitFor();
    await ready(page);
    await expect(page.locator('.ov-empty h3').textContent()).resolves.toBe('Keine Überschneidungen gefunden');
    const meaning = await page.locator('.ov-empty p').textContent();
    expect(meaning).toMatch(/Unter den im Atlas erfassten Maßnahmen doppelt sich keine ab Stärke 0,0/);
    expect(meaning).toMatch(/Abgestimmte Überschneidungen sind ausgeblendet\.$/);
  });

  it('without a region lists the whole atlas, and names the missing tie of an uncoordinated pair', async () => {
    const page = await open(`?ansicht=ueberschneidungen&stichtag=${AT}`);
    await expect(page.locator('.ov-view').textContent()).resolves.toContain('im ganzen Atlas');
    await findings(page).first().waitFor();
    await expect(findings(page).count()).resolves.toBe(3);
    await page.uncheck('text=abgestimmte zeigen');
    await page.focus('.ov-controls input[type="range"]');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('ol.ov-list > li .ov-badge-open') !== null);
    await ready(page);
    await expect(findings(page).count()).resolves.toBe(1);
    const finding = findings(page).first();
    await expect(finding.locator('.ov-badge').textContent()).resolves.toBe('! nicht abgestimmt');
    await expect(finding.locator('dt.ov-missing + dd').textContent()).resolves.toMatch(
      /^Deutsches Institut für Urbanistik und WIR-Koordination/,
    );
    // In the network, the missing tie is drawn between the two providers, labelled.
    await finding.locator('button:has-text("Im Netzwerk zeigen")').click();
    await page.waitForURL(/fehlt=/);
    await ready(page);
    const missing = await page.evaluate(() =>
      window
        .__atlas!.cy!.edges('.missing')
        .map((e) => [e.source().id(), e.target().id(), String(e.data('label'))]),
    );
    expect(missing).toEqual([['difu', 'wir-koordination-doc-001', 'fehlende Verbindung']]);
  });

  it('chooses a region with the picker, and removes it again', async () => {
    const page = await open(`?ansicht=ueberschneidungen&stichtag=${AT}`);
    await page.fill('input[role="combobox"]', 'Landkreis Dokument 004');
    await page.locator('[role="option"]', { hasText: 'Landkreis (in Dokument 004 nicht genannt)' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`region=${REGION}`));
    await ready(page);
    await expect(page.locator('input[role="combobox"]').inputValue()).resolves.toBe(
      'Landkreis (in Dokument 004 nicht genannt)',
    );
    await page.click('button:has-text("Region aufheben")');
    await page.waitForURL((url) => !url.searchParams.has('region'));
    await expect(page.locator('button:has-text("Region aufheben")').count()).resolves.toBe(0);
  });

  it('says when the region is unknown, and when the server does not answer', async () => {
    const page = await open('?ansicht=ueberschneidungen&region=de-nirgendwo');
    await expect(page.locator('.ov-error').textContent()).resolves.toMatch(
      /„de-nirgendwo“ gibt es im Atlas nicht/,
    );
    const down = await pages.browser.newPage();
    await down.route('**/graphql', (route) => route.abort());
    await down.goto(`${pages.atlas.url}${LANDKREIS}`);
    await ready(down);
    await expect(down.locator('.ov-error').textContent()).resolves.toMatch(/Server antwortet nicht/);
  });

  it('has no WCAG 2.1 A/AA violations that axe-core finds', async () => {
    const page = await open(LANDKREIS);
    await findings(page).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const empty = await open(`${LANDKREIS}&sprache=en`);
    await empty.uncheck('text=show coordinated');
    await empty.locator('.ov-empty').waitFor();
    expect(await axeViolations(empty)).toEqual([]);
  });
});

// MEASURES counselling offers for the newly arrived, all over Mecklenburg-Vorpommern (no curated measure is placed
// there), each by a provider of its own with no tie to the others: every pair is an uncoordinated overlap of 1.0.
const LAND = 'de-13';
const MEASURES = 12;
const PAIRS = (MEASURES * (MEASURES - 1)) / 2;
const FACT = { sources: ['doc-004'], lastVerified: '2026-11-21' } as const;

function writeManyOverlapsFixture(): string {
  const actors: object[] = [];
  const measures: object[] = [];
  const relationships: object[] = [];
  for (let i = 1; i <= MEASURES; i += 1) {
    const measure = `beratung-fixture-${i}`;
    const provider = `traeger-fixture-${i}`;
    actors.push({ id: provider, kind: 'civilSocietyOrganisation', name: `Beratungsträger ${i}`, ...FACT });
    measures.push({ id: measure, kind: 'counselling', name: `Erstberatung ${i}`, ...FACT });
    relationships.push(
      { type: 'PROVIDES', from: provider, to: measure, role: 'provider', ...FACT },
      { type: 'ACTIVE_IN', from: measure, to: LAND, reach: 'whole', ...FACT },
      { type: 'ADDRESSES', from: measure, to: 'gesundheit-und-beratung', ...FACT },
      { type: 'TARGETS', from: measure, to: 'neuzugewanderte', ...FACT },
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-overlaps-'));
  const file = path.join(dir, 'many-overlaps.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'integration-atlas/1', actors, measures, relationships }));
  return file;
}

describe('the overlap list of a Land with many findings', () => {
  const pages = useAtlasPages([CURATED_DATASET, writeManyOverlapsFixture()]);

  it('calls the 50 it shows the strongest, not all, and shows more on request, by keyboard', async () => {
    const page = await pages.open(`?ansicht=ueberschneidungen&region=${LAND}&stichtag=${AT}`, {
      height: 1000,
    });
    await findings(page).first().waitFor();
    await expect(findings(page).count()).resolves.toBe(50);
    await expect(page.locator('.ov-summary').textContent()).resolves.toMatch(
      /^Die 50 stärksten Überschneidungen – es gibt weitere; von diesen 50 sind 50 nicht abgestimmt\./,
    );
    await expect(page.locator('#status').textContent()).resolves.toBe(
      'Die 50 stärksten Überschneidungen in Mecklenburg-Vorpommern (es gibt weitere), davon 50 nicht abgestimmt',
    );
    expect(await axeViolations(page)).toEqual([]);

    const more = page.locator('button.ov-more');
    await expect(more.textContent()).resolves.toBe('Weitere 50 zeigen');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('ol.ov-list > li').length === n, PAIRS);
    await ready(page);
    // All of them now, counted as such; nothing more to show; the focus on the first finding added.
    await expect(page.locator('.ov-summary').textContent()).resolves.toMatch(
      new RegExp(`^${PAIRS} Überschneidungen, davon ${PAIRS} nicht abgestimmt\\.`),
    );
    await expect(more.count()).resolves.toBe(0);
    const focusedAt = await page.evaluate(() =>
      [...document.querySelectorAll('ol.ov-list > li')].indexOf(document.activeElement as Element),
    );
    expect(focusedAt).toBe(50);
    expect(await axeViolations(page)).toEqual([]);

    // Another question starts again at 50.
    await page.focus('.ov-controls input[type="range"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelectorAll('ol.ov-list > li').length === 50);
    await ready(page);
    await expect(more.count()).resolves.toBe(1);
  });
});
