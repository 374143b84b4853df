// Query.search on the curated dataset: full-text with the German analyzer (stemming, umlaut and ß folding),
// ranked, each hit with its kind and score; user text taken literally (Lucene operators escaped).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

interface Hit {
  kind: string;
  score: number;
  entity: { id: string; __typename: string };
}

describe('Query.search', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  const search = async (variables: Record<string, unknown>) =>
    (
      await queryData<{ search: Hit[] }>(
        fx.api,
        `query ($text: String!, $kinds: [EntityKind!], $first: Int) {
           search(text: $text, kinds: $kinds, first: $first) { kind score entity { __typename id } } }`,
        variables,
      )
    ).search;

  it('finds "Flüchtlinge" when typed as "Fluechtlinge", best hit first, with kind and score', async () => {
    const hits = await search({ text: 'Fluechtlinge' });
    expect(hits.map((h) => h.entity.id)).toEqual([
      'bamf',
      'integrationsbeauftragte-bund',
      'bamf-regionalkoordination-doc-004',
    ]);
    expect(hits[0]).toMatchObject({ kind: 'AGENCY', entity: { __typename: 'Agency' } });
    expect(hits[1]?.kind).toBe('COMMISSIONER');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0)).toBe(true);
  });

  it('stems ("Beratungen" finds "Beratung") and matches the last word as a prefix', async () => {
    expect((await search({ text: 'Beratungen' })).map((h) => h.entity.id)).toContain(
      'gesundheit-und-beratung',
    );
    expect((await search({ text: 'Ausländer' })).map((h) => h.entity.id)).toEqual([
      'auslaenderbehoerde-doc-004',
    ]);
    expect((await search({ text: 'Buergerschaftl' })).map((h) => h.entity.id)).toContain(
      'buergerschaftliches-engagement',
    );
  });

  it('searches every indexed kind: topics, target groups, regions, programs', async () => {
    const hits = await search({ text: 'Dortmund Jugendliche Charta' });
    expect(new Set(hits.map((h) => h.kind))).toEqual(
      new Set(['REGION', 'TARGET_GROUP', 'PROGRAM', 'MEASURE']),
    );
  });

  it('finds sources by their title', async () => {
    const hits = await search({ text: 'Integrationskonzept', kinds: ['SOURCE'] });
    expect(hits.map((h) => h.entity.id).sort()).toEqual(['doc-002', 'doc-004']);
    expect(hits.every((h) => h.kind === 'SOURCE' && h.entity.__typename === 'Source')).toBe(true);
  });

  it('filters by kind and limits the number of hits', async () => {
    const measures = await search({ text: 'AWO', kinds: ['MEASURE'] });
    expect(measures.map((h) => h.entity.id)).toEqual(['migrationserstberatung-awo-doc-004']);
    expect(await search({ text: 'Integration', first: 2 })).toHaveLength(2);
  });

  it('takes Lucene syntax literally instead of failing', async () => {
    const hits = await search({ text: 'AWO (Kreis' });
    expect(hits.map((h) => h.entity.id)).toContain('awo');
    for (const text of [
      'AND',
      'OR NOT',
      '"',
      '*',
      '\\',
      'a:b',
      '[x TO y]',
      '~2',
      'awo^3',
      '/regex/',
      '&& ||',
    ]) {
      expect({
        text,
        errors: await errorCodes(fx.api, 'query ($t: String!) { search(text: $t) { score } }', { t: text }),
      }).toEqual({
        text,
        errors: [],
      });
    }
  });

  it('refuses an empty text, a text of 201 characters and a page size outside 1–100', async () => {
    const q = 'query ($t: String!, $f: Int) { search(text: $t, first: $f) { score } }';
    expect(await errorCodes(fx.api, q, { t: '  ' })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(fx.api, q, { t: 'x'.repeat(201) })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(fx.api, q, { t: 'AWO', f: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(fx.api, q, { t: 'AWO', f: 101 })).toEqual(['BAD_USER_INPUT']);
  });
});
