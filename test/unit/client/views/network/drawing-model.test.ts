import { describe, expect, it } from 'vitest';
import { fromDrawing, type Drawing } from '../../../../../client/src/views/network/drawing-model.ts';

const drawing = (over: Partial<Drawing> = {}): Drawing => ({
  truncated: false,
  positioned: false,
  nodes: {
    id: ['a', 'b', 'c'],
    name: ['A', 'B', 'C'],
    kind: ['AGENCY', null, 'MEASURE'],
    distance: [0, 1, null],
    x: null,
    y: null,
  },
  edges: {
    id: ['e1', 'e2'],
    source: [0, 2],
    target: [1, 0],
    type: ['COOPERATES_WITH', 'PROVIDES'],
    role: [null, 'provider'],
    kind: ['referral', null],
    claim: ['STATED', null],
    reach: [null, null],
    sources: [['doc-1'], []],
  },
  ...over,
});

describe('fromDrawing', () => {
  it('turns columns into nodes and edges, ends by id', () => {
    const found = fromDrawing(drawing());
    expect(found.nodes).toEqual([
      { id: 'a', name: 'A', kind: 'AGENCY', distance: 0 },
      { id: 'b', name: 'B', kind: null, distance: 1 },
      { id: 'c', name: 'C', kind: 'MEASURE', distance: null },
    ]);
    expect(found.edges[1]).toEqual({
      id: 'e2',
      source: 'c',
      target: 'a',
      type: 'PROVIDES',
      role: 'provider',
      kind: null,
      claim: null,
      reach: null,
      sources: [],
    });
    expect(found.positions).toBeNull();
  });

  it('keeps the server positions by id when positioned', () => {
    const base = drawing();
    const found = fromDrawing({
      ...base,
      positioned: true,
      nodes: { ...base.nodes, x: [1, 2, 3], y: [4, 5, 6] },
    });
    expect(found.positions?.get('c')).toEqual({ x: 3, y: 6 });
  });

  it('refuses columns of unequal length and edges to no node', () => {
    const base = drawing();
    expect(() => fromDrawing({ ...base, nodes: { ...base.nodes, name: ['A'] } })).toThrow(/unequal/);
    expect(() => fromDrawing({ ...base, edges: { ...base.edges, target: [1, 7] } })).toThrow(/outside/);
  });
});
