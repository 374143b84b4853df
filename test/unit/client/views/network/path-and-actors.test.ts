// The client's actor kinds follow the server's Actor classes, and the paths between two actors become one network
// whose distances count the steps from the start.
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../../../../../client/src/views/network/actor-kinds.ts';
import { pathNetwork } from '../../../../../client/src/views/network/view-model.ts';
import { ACTOR_LABELS } from '../../../../../server/domain/node-kinds.ts';
import { enumName } from '../../../../../server/graphql/resolvers/read/types/enums.ts';

const node = (id: string) => ({ id, name: id, kind: null, distance: null });
const edge = (id: string, source: string, target: string) => ({
  id,
  source,
  target,
  type: 'COOPERATES_WITH',
  role: null,
  kind: null,
  claim: null,
  reach: null,
  sources: [],
});

describe('client actor kinds', () => {
  it('are exactly the Actor classes of the server', () => {
    expect([...ACTOR_KINDS].sort()).toEqual(ACTOR_LABELS.map(enumName).sort());
  });
});

describe('pathNetwork', () => {
  it('merges the paths, each node at its nearest step from the start', () => {
    const network = pathNetwork([
      { nodes: [node('a'), node('b'), node('d')], edges: [edge('1', 'a', 'b'), edge('2', 'b', 'd')] },
      { nodes: [node('a'), node('c'), node('d')], edges: [edge('3', 'a', 'c'), edge('4', 'c', 'd')] },
    ] as Parameters<typeof pathNetwork>[0]);
    expect(Object.fromEntries(network.nodes.map((n) => [n.id, n.distance]))).toEqual({
      a: 0,
      b: 1,
      c: 1,
      d: 2,
    });
    expect(network.edges.map((e) => e.id).sort()).toEqual(['1', '2', '3', '4']);
  });
});
