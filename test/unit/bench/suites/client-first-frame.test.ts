import { describe, expect, it } from 'vitest';
import type { NetworkDrawingQuery } from '../../../../client/src/api/generated/operations.ts';
import { RelationshipType } from '../../../../client/src/api/generated/schema-enums.ts';
import {
  assertCoding,
  assertDrewAll,
  bareElements,
  totalBytes,
  type WireFile,
} from '../../../bench/suites/client-first-frame.ts';

/** A drawing of three nodes in a path, in the columns networkDrawing sends. */
function drawing(positioned = true): NetworkDrawingQuery['networkDrawing'] {
  return {
    truncated: false,
    positioned,
    nodes: {
      id: ['a', 'b', 'c'],
      name: ['A', 'B', 'C'],
      kind: [null, null, null],
      distance: [null, null, null],
      x: positioned ? [0, 10, 20] : null,
      y: positioned ? [5, 15, 25] : null,
    },
    edges: {
      id: ['1', '2'],
      source: [0, 1],
      target: [1, 2],
      type: [RelationshipType.COOPERATES_WITH, RelationshipType.COOPERATES_WITH],
      role: [null, null],
      kind: [null, null],
      claim: [null, null],
      reach: [null, null],
      sources: [[], []],
    },
  };
}

describe('the bare Cytoscape side of the first-frame benchmark', () => {
  it('places every node at the server’s position and ties edges by node id, edge ids apart from node ids', () => {
    expect(bareElements(drawing())).toEqual([
      { group: 'nodes', data: { id: 'a' }, position: { x: 0, y: 5 } },
      { group: 'nodes', data: { id: 'b' }, position: { x: 10, y: 15 } },
      { group: 'nodes', data: { id: 'c' }, position: { x: 20, y: 25 } },
      { group: 'edges', data: { id: 'e:1', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'e:2', source: 'b', target: 'c' } },
    ]);
  });

  it('refuses a drawing the server did not lay out, and an edge end outside the nodes', () => {
    expect(() => bareElements(drawing(false))).toThrow(/positions/);
    const broken = drawing();
    broken.edges.target[1] = 7;
    expect(() => bareElements(broken)).toThrow(/edge end 7 outside the 3 nodes/);
  });

  it('accepts only a side that drew every node and edge', () => {
    expect(() => assertDrewAll('x', { ms: 1, nodes: 3, edges: 2 }, { nodes: 3, edges: 2 })).not.toThrow();
    expect(() => assertDrewAll('x', { ms: 1, nodes: 3, edges: 1 }, { nodes: 3, edges: 2 })).toThrow(
      'x drew 3 nodes and 1 edges, the answer has 3 and 2',
    );
  });
});

describe('the first load’s bytes on the wire', () => {
  const file = (type: string, encoding: string, bytes = 10): WireFile => ({
    url: `/${type}`,
    type,
    bytes,
    encoding,
  });

  it('expects text and TrueType compressed with the coding asked for, WOFF2 and images as they are', () => {
    const files = [
      file('text/html; charset=utf-8', 'gzip'),
      file('text/javascript; charset=utf-8', 'gzip'),
      file('font/ttf', 'gzip'),
      file('font/woff2', 'identity'),
      file('image/png', 'identity'),
    ];
    expect(() => assertCoding(files, 'gzip')).not.toThrow();
    expect(() => assertCoding([file('text/css', 'identity')], 'gzip')).toThrow(/came as identity/);
    expect(() => assertCoding([file('text/css', 'br')], 'gzip')).toThrow(/expected gzip/);
    expect(() => assertCoding([file('font/woff2', 'gzip')], 'gzip')).toThrow(/expected identity/);
  });

  it('sums the bytes of every file', () => {
    expect(totalBytes([file('text/html', 'gzip', 383), file('text/css', 'gzip', 4000)])).toBe(4383);
    expect(totalBytes([])).toBe(0);
  });
});
