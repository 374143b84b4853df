// Query.sources on the curated dataset: the six sources, paged, each with what cites it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

describe('Query.sources', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  it('lists the sources by title and pages with a cursor', async () => {
    const first = await queryData<{
      sources: {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(fx.api, '{ sources(first: 4) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }');
    expect(first.sources.totalCount).toBe(7);
    expect(first.sources.nodes.map((n) => n.id)).toEqual([
      'ref-official-codes',
      'doc-001',
      'doc-000',
      'doc-002',
    ]);
    const rest = await queryData<{
      sources: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      fx.api,
      'query ($after: String) { sources(first: 4, after: $after) { nodes { id } pageInfo { hasNextPage } } }',
      { after: first.sources.pageInfo.endCursor },
    );
    expect(rest.sources).toEqual({
      nodes: [{ id: 'doc-004' }, { id: 'ref-destatis-kreise-2018' }, { id: 'doc-003' }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('orders by id on request, and refuses a page size of 101', async () => {
    const byId = await queryData<{ sources: { nodes: { id: string }[] } }>(
      fx.api,
      '{ sources(orderBy: ID) { nodes { id } } }',
    );
    expect(byId.sources.nodes.map((n) => n.id)).toEqual([
      'doc-000',
      'doc-001',
      'doc-002',
      'doc-003',
      'doc-004',
      'ref-destatis-kreise-2018',
      'ref-official-codes',
    ]);
    expect(await errorCodes(fx.api, '{ sources(first: 101) { totalCount } }')).toEqual(['BAD_USER_INPUT']);
  });
});
