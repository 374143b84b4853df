// Isolated actors, brokers, communities and components on graphs whose answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { networkStructure } from '../../../../server/analysis/network/network-structure.ts';
import { actor, tie, TWO_CLUSTERS } from './fixtures.ts';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('networkStructure', () => {
  const result = networkStructure(TWO_CLUSTERS.actors, TWO_CLUSTERS.ties);

  it('finds the isolated actor and counts components and tied pairs', () => {
    expect(ids(result.isolated)).toEqual(['iso']);
    expect(result.componentCount).toBe(2);
    expect(result).toMatchObject({ actorCount: 8, tieCount: 8 });
  });

  it('ranks the bridge first as articulation point and by betweenness', () => {
    expect(result.articulationPoints.map((p) => [p.actor.id, p.piecesAfter, p.actorsCutOff])).toEqual([
      ['bridge', 2, 3],
      ['a1', 2, 2],
      ['b1', 2, 2],
    ]);
    // 9 of the 21 pairs among the other seven connected actors pass through the bridge (networkx: 0.4286).
    expect(result.betweenness[0]?.actor.id).toBe('bridge');
    expect(result.betweenness[0]?.score).toBeCloseTo(9 / 21, 10);
    expect(result.betweennessPivots).toBeNull();
  });

  it('finds the two triangles as communities, the same on every run', () => {
    expect(result.communities.map((members) => ids(members).filter((id) => id !== 'bridge'))).toEqual(
      expect.arrayContaining([
        ['a1', 'a2', 'a3'],
        ['b1', 'b2', 'b3'],
      ]),
    );
    expect(result.communities).toHaveLength(2);
    expect(result.modularity).toBeGreaterThan(0.3);
    expect(networkStructure(TWO_CLUSTERS.actors, TWO_CLUSTERS.ties)).toEqual(result);
  });

  it('keeps a collective bridge in the graph but out of the broker rankings', () => {
    const actors = TWO_CLUSTERS.actors.map((a) =>
      a.id === 'bridge' ? actor('bridge', { collective: true }) : a,
    );
    const collective = networkStructure(actors, TWO_CLUSTERS.ties);
    expect(ids(collective.articulationPoints.map((p) => p.actor))).toEqual(['a1', 'b1']);
    expect(ids(collective.betweenness.map((b) => b.actor))).not.toContain('bridge');
    expect(collective.componentCount).toBe(2);
  });

  it('drops ties to actors outside the network and repeated ties between one pair', () => {
    const small = networkStructure(
      [actor('x'), actor('y')],
      [tie('x', 'y'), tie('y', 'x'), tie('x', 'y', 'PART_OF'), tie('x', 'outside')],
    );
    expect(small).toMatchObject({ actorCount: 2, tieCount: 1, componentCount: 1, isolated: [] });
  });

  it('gives the exact scores when every actor is a pivot of the sampled estimate', () => {
    const sampled = networkStructure(TWO_CLUSTERS.actors, TWO_CLUSTERS.ties, { exactLimit: 0, pivots: 8 });
    expect(sampled.betweennessPivots).toBe(8);
    sampled.betweenness.forEach((entry, index) => {
      expect(entry.actor.id).toBe(result.betweenness[index]?.actor.id);
      expect(entry.score).toBeCloseTo(result.betweenness[index]?.score ?? -1, 10);
    });
  });
});

describe('networkStructure of an empty network', () => {
  // A region whose actors have none of the chosen ties gives no graph at all; the betweenness library throws on it.
  it('answers with nothing found instead of failing', () => {
    const empty = networkStructure([], []);
    expect(empty).toMatchObject({ actorCount: 0, tieCount: 0, componentCount: 0 });
    expect(empty.betweenness).toEqual([]);
    expect(empty.isolated).toEqual([]);
  });
});
