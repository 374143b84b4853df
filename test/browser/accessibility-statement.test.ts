// The accessibility statement ("Erklärung zur Barrierefreiheit") and the feedback route in headless Chromium: the
// footer of every view links both; the statement is reachable by keyboard alone from the network view, says what
// is not accessible, when and how that was found, where feedback goes (the operator's address from
// ATLAS_FEEDBACK_EMAIL) and the enforcement procedure, in German and English, with no axe-core violations; the
// footer's "Feedback" mail carries the link of the view the reader is in.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CURATED_DATASET } from '../../server/config/curated-dataset.ts';
import { useAtlasPages, waitReady } from '../support/atlas-page.ts';
import { axeViolations } from '../support/axe.ts';
import { screenshotPath } from '../support/browser.ts';

const AK = 'ak-integration-doc-004';
const EMAIL = 'barrierefreiheit@example.org';

/** Presses Tab until the focused element matches `selector`; how many presses it took, or null within `limit`. */
async function tabTo(page: Page, selector: string, limit = 200): Promise<number | null> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  return null;
}

/** The page link a mail body carries, with its parameters in a fixed order (the page may order them otherwise). */
function linkIn(body: string | null): string {
  return sorted(/https?:\/\/\S+/.exec(body ?? '')?.[0] ?? 'about:blank');
}

function sorted(url: string): string {
  const link = new URL(url);
  link.searchParams.sort();
  return link.href;
}

/** The footer's Feedback link as a URL (a mailto: when an address is configured). */
async function feedbackLink(page: Page): Promise<URL> {
  const href = await page.locator('.page-footer a.feedback-link').getAttribute('href');
  return new URL(href ?? '', page.url());
}

describe('the accessibility statement and the feedback route', () => {
  const pages = useAtlasPages([CURATED_DATASET], { ATLAS_FEEDBACK_EMAIL: EMAIL });

  it('is reachable by keyboard alone from the network view, and Back returns to the view', async () => {
    const page = await pages.open(`?fokus=${AK}`);
    const presses = await tabTo(page, '.page-footer a[href*="ansicht=barrierefreiheit"]');
    expect(presses, 'Tab never reached the statement link').not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(/ansicht=barrierefreiheit/);
    await waitReady(page);
    await expect(page.locator('main h2').textContent()).resolves.toBe('Erklärung zur Barrierefreiheit');
    await expect(page.title()).resolves.toBe('Erklärung zur Barrierefreiheit · Integration Atlas');
    expect(new URL(page.url()).searchParams.get('fokus')).toBe(AK);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('ansicht='));
    await expect(page.locator('nav button[aria-current="page"]').textContent()).resolves.toBe('Netzwerk');
  });

  it('states conformance, the known barriers, date and method, the operator’s contact and the conciliation body', async () => {
    const page = await pages.open('?ansicht=barrierefreiheit');
    const text = (await page.locator('article.statement').textContent()) ?? '';
    expect(text).toContain('teilweise vereinbar');
    expect(text).toMatch(/Netzwerkgrafik.*Tabelle/);
    expect(text).toContain('Kreiskarte');
    expect(text).toContain('30. November 2026');
    expect(text).toContain('axe-core');
    expect(text).toContain('Schlichtungsstelle nach § 16 BGG');
    await expect(page.locator('article.statement time').getAttribute('datetime')).resolves.toBe('2026-11-30');
    await expect(page.locator(`article.statement a[href="mailto:${EMAIL}"]`).count()).resolves.toBe(1);
    await expect(page.locator('.feedback-missing').count()).resolves.toBe(0);
    await expect(page.locator('.page-footer a[aria-current="page"]').textContent()).resolves.toBe(
      'Erklärung zur Barrierefreiheit',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('accessibility-statement'), fullPage: true });

    const en = await pages.open('?ansicht=barrierefreiheit&sprache=en');
    const english = (await en.locator('article.statement').textContent()) ?? '';
    expect(english).toContain('partially compliant');
    expect(english).toContain('30 November 2026');
    await expect(en.locator('main h2').textContent()).resolves.toBe('Accessibility statement');
    expect(await axeViolations(en)).toEqual([]);
  });

  it('the footer’s Feedback link writes to the operator with the link of the current view', async () => {
    const page = await pages.open(`?fokus=${AK}`);
    const mail = await feedbackLink(page);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe(EMAIL);
    expect(mail.searchParams.get('subject')).toBe('Rückmeldung zum Integration Atlas');
    expect(linkIn(mail.searchParams.get('body'))).toBe(sorted(page.url()));
    await page.click('button:has-text("Weiter")');
    await page.waitForURL(/tiefe=2/);
    await expect
      .poll(async () => linkIn((await feedbackLink(page)).searchParams.get('body')))
      .toBe(sorted(page.url()));
    const gaps = await pages.open('?ansicht=luecken&region=de-landkreis-doc-004&sprache=en');
    const english = await feedbackLink(gaps);
    expect(english.searchParams.get('subject')).toBe('Feedback on the Integration Atlas');
    expect(linkIn(english.searchParams.get('body'))).toBe(sorted(gaps.url()));
    expect(linkIn(english.searchParams.get('body'))).toContain('region=de-landkreis-doc-004');
  });

  it('says so when the operator has set no contact, and Feedback then leads to that part of the statement', async () => {
    // The server's answer without ATLAS_FEEDBACK_EMAIL is tested in test/integration/graphql/read/site.test.ts;
    // here the page gets that answer, whatever this server was started with.
    const page = await pages.browser.newPage();
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('query Site')) return route.continue();
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ data: { site: { feedbackEmail: null, feedbackUrl: null } } }),
      });
    });
    await page.goto(`${pages.atlas.url}?ansicht=barrierefreiheit`);
    await waitReady(page);
    await expect(page.locator('.feedback-missing').textContent()).resolves.toContain(
      'keine Adresse für Rückmeldungen angegeben',
    );
    await expect(page.locator('article.statement a[href^="mailto:barrierefreiheit"]').count()).resolves.toBe(
      0,
    );
    expect((await feedbackLink(page)).hash).toBe('#feedback');
    expect(await axeViolations(page)).toEqual([]);
  });
});
