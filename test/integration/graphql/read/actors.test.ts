// Query.actors on the curated dataset plus a small hand-made file (an association in three bodies, with an ended
// period, in a Dortmund Gemeinde): every filter with a known answer, stable paging, and BAD_USER_INPUT for bad
// arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, FACT, fixtureFile, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const EXTRA = fixtureFile('actors-extra', {
  actors: [
    {
      id: 'fixture-runder-tisch',
      kind: 'body',
      bodyKind: 'network',
      name: 'Runder Tisch Nordstadt',
      ...FACT,
    },
    { id: 'fixture-forum-vielfalt', kind: 'body', bodyKind: 'workingGroup', name: 'Forum Vielfalt', ...FACT },
    { id: 'fixture-beirat-sport', kind: 'body', bodyKind: 'advisoryBoard', name: 'Sportbeirat', ...FACT },
    {
      id: 'fixture-kulturverein',
      kind: 'civilSocietyOrganisation',
      name: 'Kulturverein Brückenschlag',
      since: '2015',
      until: '2019-06',
      ...FACT,
    },
  ],
  relationships: [
    ...['fixture-runder-tisch', 'fixture-forum-vielfalt', 'fixture-beirat-sport'].flatMap((body) => [
      { type: 'MEMBER_OF', from: 'fixture-kulturverein', to: body, role: 'member', ...FACT },
      { type: 'ACTIVE_IN', from: body, to: 'de-05913', ...FACT },
    ]),
    { type: 'MEMBER_OF', from: 'jobcenter-doc-004', to: 'fixture-runder-tisch', role: 'guest', ...FACT },
    { type: 'LOCATED_IN', from: 'fixture-kulturverein', to: 'de-05913000', ...FACT },
  ],
});

interface Page {
  actors: {
    totalCount: number;
    nodes: { id: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const LIST = `query ($first: Int, $after: String, $orderBy: ListOrder, $kinds: [String!], $region: ID,
    $regionScope: RegionScope, $topic: ID, $targetGroup: ID, $program: ID, $memberOf: ID, $minMemberships: Int,
    $activeAt: Date, $text: String) {
  actors(first: $first, after: $after, orderBy: $orderBy, kinds: $kinds, region: $region,
      regionScope: $regionScope, topic: $topic, targetGroup: $targetGroup, program: $program, memberOf: $memberOf,
      minMemberships: $minMemberships, activeAt: $activeAt, text: $text) {
    totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;

describe('Query.actors', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture([EXTRA]);
  });
  afterAll(() => fx.close());

  const list = async (variables: Record<string, unknown>) =>
    (await queryData<Page>(fx.api, LIST, { first: 100, ...variables })).actors;
  const idsOf = async (variables: Record<string, unknown>) => (await list(variables)).nodes.map((n) => n.id);

  it('pages through all 35 actors by name without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page['actors'] = await list({ first: 8, after });
      expect(page.totalCount).toBe(35);
      seen.push(...page.nodes.map((n) => n.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(await idsOf({}));
    expect(new Set(seen).size).toBe(35);
    // Umlauts are folded for sorting: "Ausländerbehörde" sorts as "Auslaenderbehoerde", after "Arbeits…"; a name
    // that another begins with comes first ("Arbeiterwohlfahrt", then "Arbeiterwohlfahrt im Landkreis …").
    expect(seen.slice(0, 5)).toEqual([
      'awo',
      'awo-doc-004',
      'arbeitsgruppen-fortschreibung-doc-004',
      'ak-integration-doc-004',
      'auslaenderbehoerde-doc-004',
    ]);
  });

  it('orders by id or by last verification, and refuses a cursor of another order', async () => {
    const byId = await idsOf({ orderBy: 'ID' });
    expect(byId).toEqual([...byId].sort());
    const byVerified = await list({ orderBy: 'LAST_VERIFIED', first: 3 });
    expect(byVerified.nodes.map((n) => n.id)).toEqual(byId.slice(0, 3));
    expect(await errorCodes(fx.api, LIST, { orderBy: 'ID', after: byVerified.pageInfo.endCursor })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('filters by kind', async () => {
    const bodies = await list({ kinds: ['body'] });
    expect(bodies.totalCount).toBe(9);
    expect(await idsOf({ kinds: ['researchInstitute', 'educationProvider'] })).toEqual([
      'difu',
      'integrationskurstraeger-doc-004',
    ]);
  });

  it('filters by region: within (default) follows PART_OF down, exact does not, reaching also goes up', async () => {
    expect(await idsOf({ region: 'de-05' })).toEqual([
      'bezirksregierung-arnsberg',
      'fixture-forum-vielfalt',
      'fixture-kulturverein',
      'fixture-runder-tisch',
      'fixture-beirat-sport',
    ]);
    expect(await idsOf({ region: 'de-05', regionScope: 'EXACT' })).toEqual([]);
    expect(await idsOf({ region: 'de-05913000', regionScope: 'EXACT' })).toEqual(['fixture-kulturverein']);
    const reaching = await idsOf({ region: 'de-05913000', regionScope: 'REACHING' });
    expect(reaching).toEqual(
      expect.arrayContaining([
        'fixture-kulturverein',
        'fixture-runder-tisch',
        'bezirksregierung-arnsberg',
        'bamf',
      ]),
    );
    expect(reaching).not.toContain('jobcenter-doc-004');
    expect(await idsOf({ region: 'no-such-region' })).toEqual([]);
  });

  it('filters by body membership, and by the number of bodies an actor sits in', async () => {
    expect(await list({ memberOf: 'ak-integration-doc-004' })).toMatchObject({ totalCount: 8 });
    expect(await idsOf({ memberOf: 'fixture-runder-tisch' })).toEqual([
      'jobcenter-doc-004',
      'fixture-kulturverein',
    ]);
    expect(await idsOf({ minMemberships: 3 })).toEqual(['fixture-kulturverein']);
    expect(await idsOf({ minMemberships: 2 })).toEqual(['jobcenter-doc-004', 'fixture-kulturverein']);
    expect((await list({ minMemberships: 1 })).totalCount).toBe(12);
  });

  it('filters by topic, target group and program through what the actors provide, run or fund', async () => {
    expect(await idsOf({ topic: 'integrationsmonitoring' })).toEqual([
      'integrationsbeauftragte-bund',
      'difu',
    ]);
    // Women: the Arbeitskreis runs and the course providers provide the women's courses; the Kreisverwaltung
    // (lead) and the Steuerungsgruppe (steering) run the update of the concept, which targets women.
    expect(await idsOf({ targetGroup: 'frauen' })).toEqual([
      'ak-integration-doc-004',
      'kreisverwaltung-landkreis-doc-004',
      'steuerungsgruppe-integration-doc-004',
      'integrationskurstraeger-doc-004',
    ]);
    expect(await idsOf({ program: 'wir-hessen' })).toEqual(['wir-koordination-doc-001']);
    expect(await idsOf({ program: 'projektfoerderung-integrationsbeauftragte' })).toEqual([
      'integrationsbeauftragte-bund',
      'minor-projektkontor',
    ]);
  });

  it('filters by a day within the period (open bounds count as open)', async () => {
    const in2018 = await idsOf({ activeAt: '2018-01-01' });
    expect(in2018).toContain('fixture-kulturverein');
    expect(in2018).not.toContain('arbeitsgruppen-fortschreibung-doc-004');
    const in2020 = await idsOf({ activeAt: '2020-01-01' });
    expect(in2020).not.toContain('fixture-kulturverein');
    expect(in2020).toContain('bamf');
    expect(await idsOf({ activeAt: '2019-06-30' })).toContain('fixture-kulturverein');
  });

  it('filters by full text, with stemming, umlaut folding and special characters taken literally', async () => {
    expect(await idsOf({ text: 'Caritas' })).toEqual(['caritas', 'caritas-doc-004']);
    expect(await idsOf({ text: 'Brueckenschlag' })).toEqual(['fixture-kulturverein']);
    expect(await idsOf({ text: 'Caritas (Landkreis' })).toEqual(['caritas-doc-004']);
    expect(await idsOf({ text: 'Caritas', kinds: ['agency'] })).toEqual([]);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: 'not-a-cursor' },
      { after: Buffer.from('["NAME","x"]').toString('base64url') },
      { minMemberships: -1 },
      { text: '   ' },
      { activeAt: '2023-02-30' },
      { activeAt: '21.11.2026' },
    ]) {
      expect({ variables, codes: await errorCodes(fx.api, LIST, variables) }).toEqual({
        variables,
        codes: ['BAD_USER_INPUT'],
      });
    }
  });
});
