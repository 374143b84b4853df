// Query.regions on the curated dataset: the region tree by level, country, parent and name, paged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const LIST = `query ($level: String, $country: Country, $parent: ID, $text: String, $first: Int, $after: String,
    $orderBy: ListOrder) {
  regions(level: $level, country: $country, parent: $parent, text: $text, first: $first, after: $after,
      orderBy: $orderBy) {
    totalCount nodes { id name code level { key } } pageInfo { hasNextPage endCursor } } }`;

interface Page {
  regions: {
    totalCount: number;
    nodes: { id: string; level: { key: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('Query.regions', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  const list = async (variables: Record<string, unknown>) =>
    (await queryData<Page>(fx.api, LIST, { first: 100, ...variables })).regions;
  const idsOf = async (variables: Record<string, unknown>) => (await list(variables)).nodes.map((n) => n.id);

  it('lists the Länder of both countries by level, and of one country', async () => {
    expect((await list({ level: 'land' })).totalCount).toBe(26);
    const austria = await list({ level: 'land', country: 'AT' });
    expect(austria.totalCount).toBe(10);
    expect(austria.nodes.every((n) => n.level.key === 'land')).toBe(true);
  });

  it('lists the children of a region', async () => {
    expect((await idsOf({ parent: 'de-05' })).sort()).toEqual([
      'de-051',
      'de-053',
      'de-055',
      'de-057',
      'de-059',
    ]);
    const germany = await idsOf({ parent: 'de', orderBy: 'ID' });
    expect(germany).toHaveLength(17);
    expect(germany[0]).toBe('de-01');
    expect(germany).toContain('de-landkreis-doc-004');
    expect(await idsOf({ parent: 'de', level: 'kreis' })).toEqual(['de-landkreis-doc-004']);
  });

  it('finds regions by name', async () => {
    expect(await idsOf({ text: 'Dortmund' })).toEqual(['de-05913000', 'de-05913']);
    expect(await idsOf({ text: 'Nordrhein' })).toEqual(['de-05']);
  });

  it('pages through all 51 regions', async () => {
    const first = await list({ first: 50 });
    const rest = await list({ first: 50, after: first.pageInfo.endCursor });
    expect(first.totalCount).toBe(51);
    expect(rest.nodes).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    expect(await errorCodes(fx.api, LIST, { first: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(fx.api, LIST, { after: 'W10' })).toEqual(['BAD_USER_INPUT']);
  });
});
