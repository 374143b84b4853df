// Query.networkDrawing: the same sub-graph as Query.network, in columns; more than network's 500 nodes; and, above
// serverLayoutFrom nodes, positions laid out by the server that are deterministic and put tied nodes near each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLUSTERS,
  largeActorId,
  PER_CLUSTER,
  writeLargeNetworkFixture,
} from '../../../support/large-network-fixture.ts';
import { errorCodes, openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const BIG = writeLargeNetworkFixture();
const actorId = largeActorId;

interface Drawing {
  nodes: {
    id: string[];
    name: string[];
    kind: (string | null)[];
    distance: (number | null)[];
    x: number[] | null;
    y: number[] | null;
  };
  edges: {
    id: string[];
    source: number[];
    target: number[];
    type: string[];
    role: (string | null)[];
    kind: (string | null)[];
    claim: (string | null)[];
    reach: (string | null)[];
    sources: string[][];
  };
  truncated: boolean;
  positioned: boolean;
  serverLayoutFrom: number;
}

const ARGS = `$focus: [ID!], $region: ID, $depth: Int, $limit: Int!`;
const PASS = `focus: $focus, region: $region, depth: $depth, limit: $limit`;
const DRAWING = `query (${ARGS}) { networkDrawing(${PASS}) {
  nodes { id name kind distance x y }
  edges { id source target type role kind claim reach sources }
  truncated positioned serverLayoutFrom } }`;
const NETWORK = `query (${ARGS}) { network(${PASS}) {
  nodes { id name kind distance }
  edges { id source target type role kind claim reach sources } truncated } }`;

describe('Query.networkDrawing', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture([BIG]);
  });
  afterAll(() => fx.close());

  const drawing = async (variables: Record<string, unknown>) =>
    (await queryData<{ networkDrawing: Drawing }>(fx.api, DRAWING, variables)).networkDrawing;

  it.each([
    ['a focus', { focus: ['jobcenter-doc-004'], depth: 2, limit: 500 }],
    ['a region', { region: 'de-05', depth: 1, limit: 300 }],
    ['the whole graph, cut', { limit: 40 }],
  ])('holds exactly what network answers for %s, as columns', async (_name, variables) => {
    const [columns, objects] = await Promise.all([
      drawing(variables),
      queryData<{
        network: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[]; truncated: boolean };
      }>(fx.api, NETWORK, variables),
    ]);
    const { nodes, edges, truncated } = objects.network;
    expect(nodes.length).toBeGreaterThan(5);
    expect(columns.truncated).toBe(truncated);
    const rebuiltNodes = columns.nodes.id.map((id, i) => ({
      id,
      name: columns.nodes.name[i],
      kind: columns.nodes.kind[i],
      distance: columns.nodes.distance[i],
    }));
    expect(rebuiltNodes).toEqual(nodes);
    const rebuiltEdges = columns.edges.id.map((id, i) => ({
      id,
      source: columns.nodes.id[columns.edges.source[i]!],
      target: columns.nodes.id[columns.edges.target[i]!],
      type: columns.edges.type[i],
      role: columns.edges.role[i],
      kind: columns.edges.kind[i],
      claim: columns.edges.claim[i],
      reach: columns.edges.reach[i],
      sources: columns.edges.sources[i],
    }));
    expect(rebuiltEdges).toEqual(edges);
    expect(columns.positioned).toBe(false);
    expect(columns.nodes.x).toBeNull();
  });

  it('answers more than network may (a whole Land of 1,300 actors) and lays it out on the server', async () => {
    const big = await drawing({ region: 'de-13', depth: 0, limit: 5000 });
    const count = big.nodes.id.length;
    expect(count).toBeGreaterThan(big.serverLayoutFrom);
    expect(count).toBeGreaterThanOrEqual(CLUSTERS * PER_CLUSTER);
    expect(big.truncated).toBe(false);
    expect(big.positioned).toBe(true);
    expect(big.nodes.x).toHaveLength(count);
    expect(big.nodes.y).toHaveLength(count);
    expect([...big.nodes.x!, ...big.nodes.y!].every(Number.isFinite)).toBe(true);
    expect(await errorCodes(fx.api, NETWORK, { region: 'de-13', depth: 0, limit: 5000 })).toEqual([
      'BAD_USER_INPUT',
    ]);

    // Tied nodes end up near each other: the mean length of a cooperation is far below the mean distance between
    // actors of different clusters (which are not tied at all).
    const at = (i: number) => [big.nodes.x![i]!, big.nodes.y![i]!] as const;
    const distance = (a: number, b: number) => Math.hypot(at(a)[0] - at(b)[0], at(a)[1] - at(b)[1]);
    const ties = big.edges.source
      .map((s, i) => [s, big.edges.target[i]!] as const)
      .filter((_, i) => big.edges.type[i] === 'COOPERATES_WITH');
    expect(ties.length).toBeGreaterThan(CLUSTERS * PER_CLUSTER);
    const tieLength = ties.reduce((sum, [a, b]) => sum + distance(a, b), 0) / ties.length;
    const index = new Map(big.nodes.id.map((id, i) => [id, i]));
    const apart: number[] = [];
    for (let c = 0; c + 1 < CLUSTERS; c += 1) {
      for (let i = 0; i < PER_CLUSTER; i += 7)
        apart.push(distance(index.get(actorId(c, i))!, index.get(actorId(c + 1, i))!));
    }
    const apartLength = apart.reduce((sum, d) => sum + d, 0) / apart.length;
    expect(tieLength * 3).toBeLessThan(apartLength);

    // The same network gets the same picture.
    const again = await drawing({ region: 'de-13', depth: 0, limit: 5000 });
    expect(again.nodes.x).toEqual(big.nodes.x);
    expect(again.nodes.y).toEqual(big.nodes.y);
  });

  it('refuses a limit outside 1–20,000, and the largest one passes the cost limit', async () => {
    expect(await errorCodes(fx.api, DRAWING, { limit: 20_001 })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(fx.api, DRAWING, { limit: 0 })).toEqual(['BAD_USER_INPUT']);
    const whole = await drawing({ limit: 20_000 });
    expect(whole.truncated).toBe(false);
    expect(whole.nodes.id.length).toBeGreaterThan(CLUSTERS * PER_CLUSTER);
  });
});
