// Query.measures on the curated dataset: the coordinator's questions ("which offers for women exist in our
// Kreis?", "what runs under WIR?") with known answers, paging and bad arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const LIST = `query ($first: Int, $after: String, $kinds: [String!], $region: ID, $regionScope: RegionScope,
    $topic: ID, $targetGroup: ID, $program: ID, $actor: ID, $activeAt: Date, $text: String) {
  measures(first: $first, after: $after, kinds: $kinds, region: $region, regionScope: $regionScope, topic: $topic,
      targetGroup: $targetGroup, program: $program, actor: $actor, activeAt: $activeAt, text: $text) {
    totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;

interface Page {
  measures: {
    totalCount: number;
    nodes: { id: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('Query.measures', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  const list = async (variables: Record<string, unknown>) =>
    (await queryData<Page>(fx.api, LIST, { first: 100, ...variables })).measures;
  const idsOf = async (variables: Record<string, unknown>) => (await list(variables)).nodes.map((n) => n.id);

  it('counts all 28 measures and pages through them', async () => {
    const first = await list({ first: 25 });
    expect(first).toMatchObject({ totalCount: 28, pageInfo: { hasNextPage: true } });
    const rest = await list({ first: 25, after: first.pageInfo.endCursor });
    expect(rest.nodes).toHaveLength(3);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...rest.nodes].map((n) => n.id)).toEqual(await idsOf({}));
  });

  it('measures for women in the Landkreis of 004 (its own offers)', async () => {
    expect(await idsOf({ targetGroup: 'frauen', region: 'de-landkreis-doc-004' })).toEqual([
      'frauenintegrationskurse-doc-004',
    ]);
  });

  it('measures for newcomers in Hessen and its Kreise: WITHIN follows PART_OF down to the unnamed Landkreis', async () => {
    expect(await idsOf({ targetGroup: 'neuzugewanderte', region: 'de-06' })).toEqual([
      'angebotsueberblick-was-ist-wo-doc-001',
      'integreat-app-doc-001',
      'sprachpool-doc-001',
    ]);
    expect(await idsOf({ targetGroup: 'neuzugewanderte', region: 'de-06', regionScope: 'EXACT' })).toEqual(
      [],
    );
  });

  it('REACHING adds the federal offers to a Kreis', async () => {
    const reaching = await idsOf({
      region: 'de-06-landkreis-doc-001',
      regionScope: 'REACHING',
      topic: 'beteiligung',
    });
    expect(reaching).toEqual(['bepart']);
    expect(await idsOf({ region: 'de-06-landkreis-doc-001', topic: 'beteiligung' })).toEqual([]);
  });

  it('filters by topic, kind, program (through focal points) and actor', async () => {
    expect((await list({ topic: 'sprache-und-bildung' })).totalCount).toBe(6);
    expect(await idsOf({ kinds: ['integrationCourseWomen', 'integrationCourseYouth'] })).toEqual([
      'frauenintegrationskurse-doc-004',
      'jugendintegrationskurse-doc-004',
    ]);
    expect((await list({ program: 'wir-hessen' })).totalCount).toBe(7);
    expect(await idsOf({ program: 'wir-schwerpunkt-interkulturelle-oeffnung' })).toEqual([
      'interkulturelle-oeffnung-vereine-doc-001',
      'sprachpool-doc-001',
    ]);
    expect(await idsOf({ actor: 'integrationsbeauftragte-bund' })).toEqual([
      'bepart',
      'kommunales-integrationsmonitoring-difu',
      'start-with-a-friend',
    ]);
  });

  it('filters by a day: the one-day kick-off of 2012, the measure types of 2018 only, the survey of 2021–2022', async () => {
    // Of the 28 measures, 21 have no period (always active) and 7 have one: the kick-off (2012-06-25 only), the
    // four measure types of 000 (2018 only), the survey of 004 (2021–2022) and its workshops (since 2021).
    expect((await list({ activeAt: '2012-06-25' })).totalCount).toBe(22);
    expect(await idsOf({ activeAt: '2012-06-25', region: 'de-05' })).toEqual([
      'arnsberger-integrationsdialog-auftakt-2012',
    ]);
    expect((await list({ activeAt: '2012-06-26' })).totalCount).toBe(21);
    expect((await list({ activeAt: '2017-12-31' })).totalCount).toBe(21);
    expect((await list({ activeAt: '2018-06-01' })).totalCount).toBe(25);
    expect(await idsOf({ activeAt: '2018-06-01', region: 'at' })).toEqual([
      'fachstellen-beratung-doc-000',
      'kommunale-integrationsinitiativen-doc-000',
      'menschenrechte-extremismuspraevention-doc-000',
      'inklusion-teilhabe-projekte-doc-000',
    ]);
    expect(await idsOf({ activeAt: '2019-01-01', region: 'at' })).toEqual([]);
    // 2022: the 21 without a period, the workshops and the survey.
    const in2022 = await idsOf({ activeAt: '2022-06-01' });
    expect(in2022).toHaveLength(23);
    expect(in2022).toEqual(
      expect.arrayContaining([
        'bedarfsabfrage-integrationskonzept-doc-004',
        'workshops-fortschreibung-doc-004',
      ]),
    );
    // On 2026-11-21, the day the curator checked the data: the 21 and the workshops; the survey ended in 2022.
    const now = await idsOf({ activeAt: '2026-11-21' });
    expect(now).toHaveLength(22);
    expect(now).toContain('workshops-fortschreibung-doc-004');
    expect(now).not.toContain('bedarfsabfrage-integrationskonzept-doc-004');
  });

  it('filters by full text with stemming and folding', async () => {
    // By name: "Integrationskurse für Jugendliche" sorts before "Integrationskurse im Landkreis".
    expect(await idsOf({ text: 'Integrationskurs' })).toEqual([
      'frauenintegrationskurse-doc-004',
      'jugendintegrationskurse-doc-004',
      'integrationskurse-doc-004',
    ]);
    expect(await idsOf({ text: 'Migrationserstberatung Caritas' })).toEqual([
      'migrationserstberatung-caritas-doc-004',
    ]);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: '%%%' },
      { text: '' },
      { activeAt: '2026-13-01' },
    ]) {
      expect({ variables, codes: await errorCodes(fx.api, LIST, variables) }).toEqual({
        variables,
        codes: ['BAD_USER_INPUT'],
      });
    }
  });
});
