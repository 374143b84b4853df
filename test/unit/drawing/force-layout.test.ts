import { describe, expect, it } from 'vitest';
import { defaultLayout, forceLayout, scaleToRoom } from '../../../server/drawing/force-layout.ts';
import { shapeKey } from '../../../server/drawing/layout-cache.ts';

/** Two rings of 30 nodes, not tied to each other. */
const twoRings = (): [number, number][] => {
  const edges: [number, number][] = [];
  for (let ring = 0; ring < 2; ring += 1) {
    for (let i = 0; i < 30; i += 1) edges.push([ring * 30 + i, ring * 30 + ((i + 1) % 30)]);
  }
  return edges;
};

const at = (p: Float64Array, i: number) => [p[2 * i]!, p[2 * i + 1]!] as const;
const distance = (p: Float64Array, a: number, b: number) =>
  Math.hypot(at(p, a)[0] - at(p, b)[0], at(p, a)[1] - at(p, b)[1]);

describe('forceLayout', () => {
  it('gives the same positions for the same network', async () => {
    const a = await forceLayout(60, twoRings(), { iterations: 50, slice: 10 });
    const b = await forceLayout(60, twoRings(), { iterations: 50, slice: 10 });
    expect([...a]).toEqual([...b]);
    expect([...a].every(Number.isFinite)).toBe(true);
  });

  it('puts tied nodes nearer than untied ones', async () => {
    const edges = twoRings();
    const p = await forceLayout(60, edges, { iterations: 200, slice: 20 });
    const tie = edges.reduce((sum, [a, b]) => sum + distance(p, a, b), 0) / edges.length;
    let apart = 0;
    for (let i = 0; i < 30; i += 1) apart += distance(p, i, 30 + i);
    expect(tie * 2).toBeLessThan(apart / 30);
  });

  it('ignores loops, repeats and ends outside the nodes', async () => {
    const p = await forceLayout(
      3,
      [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 9],
        [-1, 2],
      ],
      { iterations: 5, slice: 5 },
    );
    expect(p).toHaveLength(6);
    expect([...p].every(Number.isFinite)).toBe(true);
  });

  it('spends fewer iterations per node on larger networks, within 50–200', () => {
    expect(defaultLayout(100).iterations).toBe(200);
    expect(defaultLayout(3000).iterations).toBe(100);
    expect(defaultLayout(12_000).iterations).toBe(50);
  });
});

describe('scaleToRoom', () => {
  it('centres the nodes and gives each about spacing² of room', () => {
    // 400 nodes evenly on a 20 × 20 grid of step 1: scaled, the root-mean-square radius is spacing·√(n/π)/√2.
    const grid = new Float64Array(800);
    for (let i = 0; i < 400; i += 1) {
      grid[2 * i] = (i % 20) + 5;
      grid[2 * i + 1] = Math.floor(i / 20) - 3;
    }
    const p = scaleToRoom(grid, 70);
    let sx = 0;
    let squares = 0;
    for (let i = 0; i < 400; i += 1) {
      sx += p[2 * i]!;
      squares += p[2 * i]! ** 2 + p[2 * i + 1]! ** 2;
    }
    expect(Math.abs(sx / 400)).toBeLessThan(0.5);
    expect(Math.sqrt(squares / 400)).toBeCloseTo((70 * Math.sqrt(400 / Math.PI)) / Math.SQRT2, -1);
    // A grid's area per node is its step squared: about 70 × 70 after scaling, give or take the disc's shape.
    const step = p[2]! - p[0]!;
    expect(step).toBeGreaterThan(60);
    expect(step).toBeLessThan(80);
  });
});

describe('shapeKey', () => {
  it('differs when an id or a tie differs, and not otherwise', () => {
    const key = shapeKey(['a', 'b', 'c'], [0, 1], [1, 2]);
    expect(shapeKey(['a', 'b', 'c'], [0, 1], [1, 2])).toBe(key);
    expect(shapeKey(['a', 'b', 'd'], [0, 1], [1, 2])).not.toBe(key);
    expect(shapeKey(['a', 'b', 'c'], [0, 0], [1, 2])).not.toBe(key);
    expect(shapeKey(['ab', 'c'], [0], [1])).not.toBe(shapeKey(['a', 'bc'], [0], [1]));
  });
});
