// Query.programs on the curated dataset: filters with known answers and bad arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const LIST = `query ($first: Int, $kinds: [String!], $region: ID, $regionScope: RegionScope, $topic: ID,
    $targetGroup: ID, $partOf: ID, $actor: ID, $activeAt: Date, $text: String) {
  programs(first: $first, kinds: $kinds, region: $region, regionScope: $regionScope, topic: $topic,
      targetGroup: $targetGroup, partOf: $partOf, actor: $actor, activeAt: $activeAt, text: $text) {
    totalCount nodes { id kind { key labelDe } } } }`;

describe('Query.programs', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  const list = async (variables: Record<string, unknown>) =>
    (await queryData<{ programs: { totalCount: number; nodes: { id: string }[] } }>(fx.api, LIST, variables))
      .programs;
  const idsOf = async (variables: Record<string, unknown>) => (await list(variables)).nodes.map((n) => n.id);

  it('counts all 13 programs', async () => {
    expect((await list({ first: 100 })).totalCount).toBe(13);
  });

  it('filters by kind, by program above and by the actor that runs or funds', async () => {
    expect(await idsOf({ kinds: ['focalPoint'] })).toEqual([
      'foerderschwerpunkt-engagement-integrationsbeauftragte',
      'schwerpunkt-integration-diversitaet-doc-000',
      'wir-schwerpunkt-interkulturelle-oeffnung',
      'wir-schwerpunkt-willkommenskultur',
    ]);
    expect(await idsOf({ partOf: 'wir-hessen' })).toEqual([
      'wir-schwerpunkt-interkulturelle-oeffnung',
      'wir-schwerpunkt-willkommenskultur',
    ]);
    expect(await idsOf({ actor: 'kreisverwaltung-landkreis-doc-004' })).toEqual([
      'integrationskonzept-fortschreibung-doc-004',
      'integrationskonzept-landkreis-doc-004',
    ]);
  });

  it('filters by region, topic and target group', async () => {
    expect(await idsOf({ region: 'de-05' })).toEqual([
      'integrationskonzept-vielfalt-in-der-region',
      'teilhabe-integrationsgesetz-nrw',
    ]);
    expect(await idsOf({ region: 'de-059', regionScope: 'REACHING', kinds: ['law'] })).toEqual([
      'teilhabe-integrationsgesetz-nrw',
    ]);
    expect(await idsOf({ topic: 'wohnen-und-mobilitaet' })).toEqual([
      'integrationskonzept-fortschreibung-doc-004',
    ]);
    expect(await idsOf({ targetGroup: 'gefluechtete' })).toEqual([
      'arbeitsprogramm-integration-doc-000',
      'schwerpunkt-integration-diversitaet-doc-000',
    ]);
  });

  it('filters by a day and by text', async () => {
    expect(await idsOf({ activeAt: '2015-01-01', kinds: ['focalPoint', 'workProgram'] })).toEqual([
      'foerderschwerpunkt-engagement-integrationsbeauftragte',
      'wir-schwerpunkt-interkulturelle-oeffnung',
      'wir-schwerpunkt-willkommenskultur',
    ]);
    expect(await idsOf({ text: 'Anerkennungskultur' })).toEqual(['wir-schwerpunkt-willkommenskultur']);
    // The last word also matches as a prefix: "Willkommens" finds "Willkommens- und Anerkennungskultur".
    expect(await idsOf({ text: 'Willkommens' })).toEqual(['wir-schwerpunkt-willkommenskultur']);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    expect(await errorCodes(fx.api, LIST, { first: 101 })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(fx.api, LIST, { text: ' ' })).toEqual(['BAD_USER_INPUT']);
  });
});
