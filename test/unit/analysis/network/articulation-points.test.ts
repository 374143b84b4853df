// Cut vertices on shapes where they are known: a path, a star, a cycle, two separate components.
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { articulationPoints } from '../../../../server/analysis/network/articulation-points.ts';

function graphOf(edges: readonly [string, string][], extra: readonly string[] = []): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of extra) graph.mergeNode(node);
  for (const [a, b] of edges) graph.mergeEdge(a, b);
  return graph;
}

const sorted = (graph: UndirectedGraph) =>
  articulationPoints(graph)
    .map((p) => [p.node, p.piecesAfter, p.nodesCutOff] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : 1));

describe('articulationPoints', () => {
  it('finds the inner nodes of a path with what each cuts off', () => {
    expect(
      sorted(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'e'],
        ]),
      ),
    ).toEqual([
      ['b', 2, 1],
      ['c', 2, 2],
      ['d', 2, 1],
    ]);
  });

  it('finds the centre of a star, also when the search starts at a leaf', () => {
    expect(
      sorted(
        graphOf([
          ['leaf1', 'hub'],
          ['hub', 'leaf2'],
          ['hub', 'leaf3'],
        ]),
      ),
    ).toEqual([['hub', 3, 2]]);
  });

  it('finds none in a cycle, and handles separate components and isolated nodes', () => {
    expect(
      sorted(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ]),
      ),
    ).toEqual([]);
    expect(
      sorted(
        graphOf(
          [
            ['a', 'b'],
            ['b', 'c'],
            ['x', 'y'],
            ['y', 'z'],
          ],
          ['lonely'],
        ),
      ),
    ).toEqual([
      ['b', 2, 1],
      ['y', 2, 1],
    ]);
  });

  it('walks a long chain without overflowing the stack', () => {
    const edges = Array.from({ length: 20000 }, (_, i) => [`n${i}`, `n${i + 1}`] as [string, string]);
    expect(articulationPoints(graphOf(edges))).toHaveLength(19999);
  });
});
