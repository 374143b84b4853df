// Query.topics and Query.targetGroups (the two vocabularies kept as nodes) on the curated dataset, with the
// number of measures per topic: "how many measures per topic?".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

describe('Query.topics and Query.targetGroups', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  it('lists all 19 topics by German label, and the 5 cross-cutting ones', async () => {
    const data = await queryData<{
      all: { id: string }[];
      cross: { id: string }[];
      fields: { id: string }[];
    }>(
      fx.api,
      '{ all: topics { id } cross: topics(crossCutting: true) { id } fields: topics(crossCutting: false) { id } }',
    );
    expect(data.all).toHaveLength(18);
    expect(data.all[0]?.id).toBe('antidiskriminierung');
    expect(data.cross.map((t) => t.id)).toEqual([
      'antidiskriminierung',
      'beteiligung',
      'buergerschaftliches-engagement',
      'interkulturelle-oeffnung',
    ]);
    expect(data.fields).toHaveLength(14);
  });

  it('counts the measures per topic', async () => {
    const data = await queryData<{ topics: { id: string; measureCount: number }[] }>(
      fx.api,
      '{ topics { id measureCount } }',
    );
    const counts = Object.fromEntries(data.topics.map((t) => [t.id, t.measureCount]));
    expect(counts).toMatchObject({
      'sprache-und-bildung': 6,
      'gesundheit-und-beratung': 7,
      'interkulturelle-oeffnung': 5,
      integrationsmonitoring: 1,
    });
  });

  it('lists all 11 target groups with their labels and measure counts', async () => {
    const data = await queryData<{ targetGroups: { id: string; labelEn: string; measureCount: number }[] }>(
      fx.api,
      '{ targetGroups { id labelDe labelEn measureCount } }',
    );
    expect(data.targetGroups).toHaveLength(11);
    expect(data.targetGroups.find((g) => g.id === 'neuzugewanderte')).toMatchObject({ measureCount: 9 });
    expect(data.targetGroups.find((g) => g.id === 'gefluechtete')?.labelEn).toBe('Refugees');
  });
});
