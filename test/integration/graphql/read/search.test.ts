// Query.search on the curated dataset plus a few compound names it lacks: search as you type — names by prefix,
// by the parts of German compounds and in any umlaut spelling, everything else through the full-text index
// (German analyzer: stemming) — ranked (a name match above a description match), each hit with its kind and score;
// user text taken literally (Lucene operators escaped).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, FACT, fixtureFile, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const COMPOUNDS = fixtureFile('search-compounds', {
  actors: [
    {
      id: 'fixture-caritasverband',
      kind: 'welfareOrganisation',
      name: 'Caritasverband für die Diözese Nordstadt',
      description: 'Regionaler Verband der Caritas.',
      ...FACT,
    },
    {
      id: 'fixture-diakonisches-werk',
      kind: 'welfareOrganisation',
      name: 'Diakonisches Werk Nordstadt',
      ...FACT,
    },
    {
      id: 'fixture-stadtteilbuero',
      kind: 'civilSocietyOrganisation',
      name: 'Stadtteilbüro Hafenstraße',
      // Names neither: found by these words through the description only.
      description: 'Kooperationspartner des Caritasverbands und der Migrationsberatung vor Ort.',
      ...FACT,
    },
  ],
  measures: [
    {
      id: 'fixture-jugendmigrationsdienst',
      kind: 'counselling',
      name: 'Jugendmigrationsdienst Nordstadt',
      ...FACT,
    },
    {
      id: 'fixture-migrationsberatung',
      kind: 'counselling',
      name: 'Migrationsberatung für erwachsene Zuwanderer (Nordstadt)',
      shortName: 'MBE',
      ...FACT,
    },
  ],
});

interface Hit {
  kind: string;
  score: number;
  entity: { id: string; __typename: string; name: string };
}

const ids = (hits: readonly Hit[]) => hits.map((h) => h.entity.id);

describe('Query.search', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture([COMPOUNDS]);
  });
  afterAll(() => fx.close());

  const search = async (variables: Record<string, unknown>) =>
    (
      await queryData<{ search: Hit[] }>(
        fx.api,
        `query ($text: String!, $kinds: [EntityKind!], $first: Int) {
           search(text: $text, kinds: $kinds, first: $first) { kind score entity { __typename id name } } }`,
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

  it('finds the parts of compounds: "Caritas" ranks the Caritas first and finds the Caritasverband', async () => {
    const caritas = await search({ text: 'Caritas' });
    expect(ids(caritas)[0]).toBe('caritas');
    expect(ids(caritas).slice(0, 3)).toContain('fixture-caritasverband');
    const beratung = ids(await search({ text: 'Beratung' }));
    expect(beratung).toEqual(
      expect.arrayContaining([
        'fixture-migrationsberatung',
        'migrationserstberatung-awo-doc-004',
        'migrationserstberatung-caritas-doc-004',
        'migrationserstberatung-diakonie-doc-004',
      ]),
    );
    expect(ids(await search({ text: 'Migrationsdienst' }))[0]).toBe('fixture-jugendmigrationsdienst');
    expect(ids(await search({ text: 'Jugend' })).slice(0, 3)).toContain('fixture-jugendmigrationsdienst');
    expect(ids(await search({ text: 'Strasse' }))[0]).toBe('fixture-stadtteilbuero');
  });

  it('finds names while they are typed: a prefix brings the entity to the top', async () => {
    for (const [text, id] of [
      ['Cari', 'caritas'],
      ['Diakon', 'diakonie'],
      ['Arbeitsk', 'ak-integration-doc-004'],
      ['Ausländerb', 'auslaenderbehoerde-doc-004'],
      ['Auslaenderb', 'auslaenderbehoerde-doc-004'],
      ['Kreisverw', 'kreisverwaltung-landkreis-doc-004'],
      ['Jobc', 'jobcenter-doc-004'],
      ['Migrationsber', 'fixture-migrationsberatung'],
      ['Caritas Nord', 'fixture-caritasverband'],
    ] as const) {
      expect({ text, first: ids(await search({ text }))[0] }).toEqual({ text, first: id });
    }
    expect(
      ids(await search({ text: 'Cari' }))
        .slice(0, 3)
        .sort(),
    ).toEqual(['caritas', 'caritas-doc-004', 'fixture-caritasverband'].sort());
  });

  it('finds a name in any umlaut and ß spelling', async () => {
    for (const text of ['Ausländerbehörde', 'Auslaenderbehoerde', 'Auslanderbehorde', 'AUSLÄNDERBEHÖRDE']) {
      expect({ text, first: ids(await search({ text }))[0] }).toEqual({
        text,
        first: 'auslaenderbehoerde-doc-004',
      });
    }
    for (const text of ['Hafenstraße', 'Hafenstrasse', 'Stadtteilbuero', 'Stadtteilburo']) {
      expect({ text, first: ids(await search({ text }))[0] }).toEqual({
        text,
        first: 'fixture-stadtteilbuero',
      });
    }
  });

  it('ranks an exact name, then names starting with the text, above matches in the description only', async () => {
    const hits = await search({ text: 'Caritasverband' });
    expect(ids(hits)).toEqual(['fixture-caritasverband', 'caritas', 'fixture-stadtteilbuero']);
    // A name match scores at least 1, a match in the description alone less.
    expect(hits[2]!.score).toBeLessThan(1);
    expect(hits[1]!.score).toBeGreaterThan(1);
    const exact = await search({ text: 'Jobcenter' });
    expect(exact[0]?.entity.id).toBe('jobcenter-doc-004'); // its alias is exactly "Jobcenter"
    expect(exact[0]!.score).toBeGreaterThanOrEqual(4);
    const arbeitskreis = await search({ text: 'Arbeitskreis' });
    expect(arbeitskreis[0]?.entity.id).toBe('ak-integration-doc-004');
    expect(arbeitskreis.slice(1).every((h) => h.score < 1)).toBe(true);
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
    expect(ids(await search({ text: '"Caritas"' }))[0]).toBe('caritas');
    expect(ids(await search({ text: '(Cari*' }))[0]).toBe('caritas');
    expect(
      ids(await search({ text: 'Caritas AND Diakonie' }))
        .slice(0, 2)
        .sort(),
    ).toEqual(['caritas', 'diakonie']);
    for (const text of [
      '(',
      '~',
      'Caritas~',
      'Cari\\',
      '|',
      'caritas|',
      ')',
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
