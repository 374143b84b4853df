// Query.statistics on the curated dataset: the counts documented in seed/README.md, through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeCounts } from '../../../support/curated-counts.ts';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

interface Count {
  name: string;
  count: number;
}

describe('Query.statistics', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  it('counts nodes per label, relationships per type and actors per kind as seed/README.md says', async () => {
    const { statistics } = await queryData<{
      statistics: { labels: Count[]; relationshipTypes: Count[]; actorKinds: Count[] };
    }>(
      fx.api,
      '{ statistics { labels { name count } relationshipTypes { name count } actorKinds { name count } } }',
    );
    const actual = new Map<string, number>();
    for (const { name, count } of [...statistics.labels, ...statistics.relationshipTypes])
      actual.set(name, count);
    for (const { name, count } of statistics.actorKinds) actual.set(`Actor (${name})`, count);
    for (const [item, count] of readmeCounts())
      expect({ item, count: actual.get(item) }).toEqual({ item, count });
    expect(statistics.relationshipTypes.map((c) => c.name)).toEqual(
      [...statistics.relationshipTypes.map((c) => c.name)].sort(),
    );
  });
});
