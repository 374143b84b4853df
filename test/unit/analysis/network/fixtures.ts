// Small hand-made actors and ties for the network unit tests.
import type { NetworkActor, Tie } from '../../../../server/analysis/network/actor-network.ts';
import type { TieKind } from '../../../../server/analysis/network/tie-kinds.ts';

export const actor = (id: string, extra: Partial<NetworkActor> = {}): NetworkActor => ({
  id,
  name: id,
  kind: 'agency',
  actorClass: 'Agency',
  bodyKind: null,
  collective: false,
  ...extra,
});

export const tie = (source: string, target: string, kind: TieKind = 'COOPERATION'): Tie => ({
  source,
  target,
  kind,
});

/** Two triangles a1-a2-a3 and b1-b2-b3 joined by `bridge` (a1 – bridge – b1), and `iso` without a tie. */
export const TWO_CLUSTERS = {
  actors: ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'bridge', 'iso'].map((id) => actor(id)),
  ties: [
    tie('a1', 'a2'),
    tie('a2', 'a3'),
    tie('a1', 'a3'),
    tie('b1', 'b2'),
    tie('b2', 'b3'),
    tie('b1', 'b3'),
    tie('a1', 'bridge'),
    tie('bridge', 'b1', 'MEMBERSHIP'),
  ],
};
