// Query.path on the curated dataset: all shortest cooperation/membership paths between two actors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

interface Path {
  length: number;
  nodes: { id: string }[];
  edges: { source: string; target: string; type: string; role: string | null; kind: string | null }[];
}

const PATH = `query ($from: ID!, $to: ID!, $maxLength: Int) {
  path(from: $from, to: $to, maxLength: $maxLength) {
    length nodes { id } edges { source target type role kind } } }`;

describe('Query.path', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  const paths = async (variables: Record<string, unknown>) =>
    (await queryData<{ path: Path[] }>(fx.api, PATH, variables)).path;

  it('the Jobcenter reaches the BAMF regional coordination through the Arbeitskreis', async () => {
    expect(await paths({ from: 'jobcenter-doc-004', to: 'bamf-regionalkoordination-doc-004' })).toEqual([
      {
        length: 2,
        nodes: [
          { id: 'jobcenter-doc-004' },
          { id: 'ak-integration-doc-004' },
          { id: 'bamf-regionalkoordination-doc-004' },
        ],
        edges: [
          {
            source: 'jobcenter-doc-004',
            target: 'ak-integration-doc-004',
            type: 'MEMBER_OF',
            role: 'member',
            kind: null,
          },
          {
            source: 'bamf-regionalkoordination-doc-004',
            target: 'ak-integration-doc-004',
            type: 'MEMBER_OF',
            role: 'member',
            kind: null,
          },
        ],
      },
    ]);
  });

  it('returns every shortest path: the Länder and municipal commissioners meet through the federal one and the conference', async () => {
    const found = await paths({
      from: 'integrationsbeauftragte-der-laender',
      to: 'integrationsbeauftragte-der-kommunen',
    });
    expect(found.map((p) => p.nodes.map((n) => n.id)[1])).toEqual([
      'bundeskonferenz-integrationsbeauftragte',
      'integrationsbeauftragte-bund',
    ]);
    expect(found[1]?.edges.map((e) => [e.type, e.kind])).toEqual([
      ['COOPERATES_WITH', 'informationExchange'],
      ['COOPERATES_WITH', 'informationExchange'],
    ]);
  });

  it('is empty when the actors are not connected within maxLength', async () => {
    expect(await paths({ from: 'bamf', to: 'awo' })).toEqual([]);
    expect(
      await paths({ from: 'jobcenter-doc-004', to: 'bamf-regionalkoordination-doc-004', maxLength: 1 }),
    ).toEqual([]);
  });

  it('NOT_FOUND for an id that is no actor; BAD_USER_INPUT for the same id twice or maxLength outside 1–6', async () => {
    expect(await errorCodes(fx.api, PATH, { from: 'bamf', to: 'no-such-actor' })).toEqual(['NOT_FOUND']);
    expect(await errorCodes(fx.api, PATH, { from: 'bepart', to: 'bamf' })).toEqual(['NOT_FOUND']);
    expect(await errorCodes(fx.api, PATH, { from: 'bamf', to: 'bamf' })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(fx.api, PATH, { from: 'bamf', to: 'awo', maxLength: 0 })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await errorCodes(fx.api, PATH, { from: 'bamf', to: 'awo', maxLength: 7 })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
