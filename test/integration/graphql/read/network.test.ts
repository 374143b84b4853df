// Query.network on the curated dataset plus a cooperation that ended (for activeAt): the whole graph, the
// neighbourhood of focus nodes, the network of a region, the filters, the limit, and the client's own operation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkQuery } from '../../../../client/src/api/generated/operations.ts';
import { NETWORK_QUERY } from '../../../../client/src/api/operations.ts';
import { toElements } from '../../../../client/src/graph/to-elements.ts';
import { errorCodes, FACT, fixtureFile, openReadFixture, queryData, type ReadFixture } from './read-api.ts';
import { ACTOR_LABELS } from '../../../../server/domain/node-kinds.ts';
import { enumName } from '../../../../server/graphql/resolvers/read/types/enums.ts';

const EXTRA = fixtureFile('network-extra', {
  relationships: [
    {
      type: 'COOPERATES_WITH',
      from: 'jobcenter-doc-004',
      to: 'auslaenderbehoerde-doc-004',
      kind: 'referral',
      since: '2015',
      until: '2018',
      ...FACT,
    },
  ],
});

interface Network {
  nodes: { id: string; name: string; labels: string[]; kind: string | null; distance: number | null }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    role: string | null;
    kind: string | null;
    sources: string[];
  }[];
  truncated: boolean;
}

const NETWORK = `query ($focus: [ID!], $region: ID, $depth: Int, $kinds: [EntityKind!],
    $relationshipTypes: [RelationshipType!], $activeAt: Date, $limit: Int!) {
  network(focus: $focus, region: $region, depth: $depth, kinds: $kinds, relationshipTypes: $relationshipTypes,
      activeAt: $activeAt, limit: $limit) {
    nodes { id name labels kind distance } edges { id source target type role kind sources } truncated } }`;

const ACTOR_KINDS = ACTOR_LABELS.map(enumName);

describe('Query.network', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture([EXTRA]);
  });
  afterAll(() => fx.close());

  const network = async (variables: Record<string, unknown>) =>
    (await queryData<{ network: Network }>(fx.api, NETWORK, { limit: 500, ...variables })).network;
  const ids = (n: Network) => n.nodes.map((x) => x.id);

  it('the whole graph: every entity but the sources, every relationship but SOURCED_FROM', async () => {
    const whole = await network({});
    // seed/README.md "Counts": the 159 entities less the 7 sources; the 341 relationships other than SOURCED_FROM
    // (region hierarchy included) plus the fixture's ended cooperation.
    expect(whole.nodes).toHaveLength(152);
    expect(whole.edges).toHaveLength(342);
    expect(whole.truncated).toBe(false);
    expect(whole.nodes.some((n) => n.kind === 'SOURCE')).toBe(false);
    expect(whole.edges.some((e) => e.type === 'SOURCED_FROM')).toBe(false);
    expect(ids(whole)).toEqual([...ids(whole)].sort());
    const member = whole.edges.find((e) => e.source === 'jobcenter-doc-004' && e.type === 'MEMBER_OF');
    expect(member).toMatchObject({
      target: 'ak-integration-doc-004',
      role: 'member',
      kind: null,
      sources: ['doc-004'],
    });
  });

  it('cuts the whole graph at the limit and says so', async () => {
    const cut = await network({ limit: 10 });
    expect(cut.nodes).toHaveLength(10);
    expect(cut.truncated).toBe(true);
    expect(ids(cut)[0]).toBe('ak-integration-doc-004');
  });

  it('sources and SOURCED_FROM when asked for', async () => {
    const sources = await network({ kinds: ['SOURCE', 'REGION'], relationshipTypes: ['SOURCED_FROM'] });
    expect(sources.nodes).toHaveLength(58);
    expect(sources.edges).toHaveLength(59);
    expect(new Set(sources.edges.map((e) => e.type))).toEqual(new Set(['SOURCED_FROM']));
  });

  it('around a focus node: the Arbeitskreis, its members, the courses it runs and its Landkreis', async () => {
    const around = await network({ focus: ['ak-integration-doc-004'] });
    expect(around.nodes[0]).toMatchObject({ id: 'ak-integration-doc-004', kind: 'BODY', distance: 0 });
    expect(around.nodes.slice(1).every((n) => n.distance === 1)).toBe(true);
    expect(around.nodes).toHaveLength(13);
    expect(ids(around)).toEqual(
      expect.arrayContaining(['jobcenter-doc-004', 'de-landkreis-doc-004', 'integrationskurse-doc-004']),
    );
    const nodeIds = new Set(ids(around));
    expect(around.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
  });

  it('two hops over memberships only; kinds filter what the walk passes through', async () => {
    const members = await network({
      focus: ['jobcenter-doc-004'],
      depth: 2,
      relationshipTypes: ['MEMBER_OF'],
    });
    expect(members.nodes.map((n) => [n.id, n.distance]).slice(0, 2)).toEqual([
      ['jobcenter-doc-004', 0],
      ['ak-integration-doc-004', 1],
    ]);
    expect(members.nodes).toHaveLength(9);
    expect(members.nodes.slice(2).every((n) => n.distance === 2)).toBe(true);
    // Without BODY the walk cannot pass the Arbeitskreis.
    const agencies = await network({
      focus: ['jobcenter-doc-004'],
      depth: 3,
      kinds: ['AGENCY'],
      relationshipTypes: ['MEMBER_OF'],
    });
    expect(ids(agencies)).toEqual(['jobcenter-doc-004']);
    const bamf = await network({ focus: ['bamf'], depth: 3, kinds: ['AGENCY'] });
    expect(ids(bamf)).toEqual(['bamf', 'bamf-regionalkoordination-doc-004']);
  });

  it('the limit keeps the nearest nodes', async () => {
    const cut = await network({ focus: ['de'], limit: 5 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.map((n) => n.distance)).toEqual([0, 1, 1, 1, 1]);
  });

  it('the cooperation network of a Land: who is placed in NRW, one hop out over cooperations and memberships', async () => {
    const nrw = await network({
      region: 'de-05',
      depth: 1,
      kinds: ACTOR_KINDS,
      relationshipTypes: ['COOPERATES_WITH', 'MEMBER_OF'],
    });
    expect(nrw.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['bezirksregierung-arnsberg', 0],
      ['beirat-fuer-integration-bra', 1],
    ]);
    expect(nrw.edges).toEqual([
      expect.objectContaining({
        source: 'beirat-fuer-integration-bra',
        target: 'bezirksregierung-arnsberg',
        type: 'COOPERATES_WITH',
        kind: 'informationExchange',
      }),
    ]);
  });

  it('a region with depth 0 holds what is placed in it and its sub-regions', async () => {
    const nrw = await network({ region: 'de-05' });
    expect(ids(nrw)).toEqual(
      expect.arrayContaining([
        'bezirksregierung-arnsberg',
        'teilhabe-integrationsgesetz-nrw',
        'de-05',
        'de-05913000',
      ]),
    );
    expect(nrw.nodes.every((n) => n.distance === 0)).toBe(true);
    expect(ids(nrw)).not.toContain('de');
  });

  it('activeAt drops what had ended or not begun', async () => {
    const focus = { focus: ['jobcenter-doc-004'], relationshipTypes: ['COOPERATES_WITH'] };
    expect(ids(await network({ ...focus, activeAt: '2017-01-01' }))).toEqual([
      'jobcenter-doc-004',
      'auslaenderbehoerde-doc-004',
    ]);
    expect(ids(await network({ ...focus, activeAt: '2019-01-01' }))).toEqual(['jobcenter-doc-004']);
    const whole2010 = await network({ activeAt: '2010-01-01', kinds: ['PROGRAM'] });
    expect(ids(whole2010)).not.toContain('wir-schwerpunkt-willkommenskultur');
    expect(ids(whole2010)).toContain('wir-hessen');
  });

  it('serves the client: its operation validates, runs and maps to Cytoscape elements', async () => {
    const data = await queryData<NetworkQuery>(fx.api, NETWORK_QUERY, { limit: 300 });
    const elements = toElements(data.network);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(152);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(342);
  });

  it('BAD_USER_INPUT for a depth outside its range, a bad limit or conflicting modes; NOT_FOUND for unknown starts', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ focus: ['bamf'], depth: 4 }, 'BAD_USER_INPUT'],
      [{ focus: ['bamf'], depth: 0 }, 'BAD_USER_INPUT'],
      [{ region: 'de-05', depth: 4 }, 'BAD_USER_INPUT'],
      [{ depth: 1 }, 'BAD_USER_INPUT'],
      [{ focus: ['bamf'], region: 'de-05' }, 'BAD_USER_INPUT'],
      [{ focus: [] }, 'BAD_USER_INPUT'],
      [{ focus: Array.from({ length: 51 }, (_, i) => `id-${i}`) }, 'BAD_USER_INPUT'],
      [{ limit: 0 }, 'BAD_USER_INPUT'],
      [{ limit: 501 }, 'BAD_USER_INPUT'],
      [{ activeAt: '2026-02-29' }, 'BAD_USER_INPUT'],
      [{ focus: ['bamf', 'no-such-node'] }, 'NOT_FOUND'],
      [{ region: 'no-such-region' }, 'NOT_FOUND'],
    ];
    for (const [variables, code] of cases) {
      expect({ variables, codes: await errorCodes(fx.api, NETWORK, { limit: 100, ...variables }) }).toEqual({
        variables,
        codes: [code],
      });
    }
  });
});
