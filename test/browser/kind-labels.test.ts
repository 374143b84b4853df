// The words for kinds of node and relationship on the page come from the API (vocabularies `entityKind` and
// `relationshipType`), in the page's language; while they are missing (here: their request fails) the legend
// names each kind by its readable enum value instead of staying blank.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAtlasPages } from '../support/atlas-page.ts';

const AK = 'ak-integration-doc-004';

interface Term {
  key: string;
  labelDe: string;
  labelEn: string;
}

/** What the API says, asked from the page itself. */
async function vocabulary(page: Page, name: string): Promise<Term[]> {
  return page.evaluate(async (vocabularyName) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($name: String!) { vocabulary(name: $name) { terms { key labelDe labelEn } } }',
        variables: { name: vocabularyName },
      }),
    });
    const body = (await response.json()) as { data: { vocabulary: { terms: Term[] } } };
    return body.data.vocabulary.terms;
  }, name);
}

/** The words of the legend's rows, in screen order. */
async function legendRows(page: Page): Promise<string[]> {
  return page.locator('.legend .legend-label').allTextContents();
}

describe('the words for kinds in headless Chromium', () => {
  const pages = useAtlasPages();

  it('names the kinds in the legend and table as the API does, in German and in English', async () => {
    const page = await pages.open(`?fokus=${AK}`);
    const kinds = await vocabulary(page, 'entityKind');
    const shown = await page.evaluate(() => [
      ...new Set(window.__atlas!.cy!.nodes().map((n) => String(n.data('kind')))),
    ]);
    const german = shown.map((kind) => kinds.find((t) => t.key === kind)!.labelDe);
    await expect.poll(() => legendRows(page)).toEqual(expect.arrayContaining(german));
    expect(german).toContain('Behörde / Verwaltungseinheit');

    const english = await pages.open(`?fokus=${AK}&sprache=en&tabelle=1`);
    const englishLabels = shown.map((kind) => kinds.find((t) => t.key === kind)!.labelEn);
    await expect.poll(() => legendRows(english)).toEqual(expect.arrayContaining(englishLabels));
    const tableKinds = await english.locator('.node-table tbody td:nth-child(2)').allTextContents();
    for (const cell of tableKinds) expect(englishLabels).toContain(cell.trim());
  });

  it('names the kinds of relationship in the filter as the API does', async () => {
    const page = await pages.open(`?fokus=${AK}&sprache=en`);
    const types = await vocabulary(page, 'relationshipType');
    await page.click('summary:has-text("Kinds of relationship")');
    const labels = (await page.locator('.relationship-types label').allTextContents()).map((l) => l.trim());
    expect(labels).toContain(types.find((t) => t.key === 'MEMBER_OF')!.labelEn);
    expect(labels).toHaveLength(types.length - 1); // all but SOURCED_FROM
  });

  it('falls back to the readable kind when the words cannot be had, never to a blank legend', async () => {
    const page = await pages.browser.newPage();
    await page.route('**/graphql', (route) =>
      (route.request().postData() ?? '').includes('query VocabularyLabels')
        ? route.abort()
        : route.continue(),
    );
    await page.goto(`${pages.atlas.url}?fokus=${AK}`);
    await page.waitForFunction(() => window.__atlas?.ready === true);
    const rows = await legendRows(page);
    expect(rows.length).toBeGreaterThan(1);
    // The German page names the kind by its enum value made readable, as it does until the words come.
    expect(rows).toContain('Welfare organisation');
    for (const row of rows) expect(row.trim()).not.toBe('');
  });
});
