import { describe, expect, it } from 'vitest';
import { createRng } from '../../../bench/generator/rng.ts';

const draws = (seed: number | string, n = 5) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
    expect(draws('1')).toEqual(draws(1));
  });

  it('forks streams that depend on the seed and the label only, not on draws made before', () => {
    const a = createRng(7);
    const b = createRng(7);
    for (let i = 0; i < 100; i++) b.next();
    const fromA = a.fork('kreis-05562');
    const fromB = b.fork('kreis-05562');
    expect([fromA.next(), fromA.next()]).toEqual([fromB.next(), fromB.next()]);
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('draws uniformly enough: floats in [0, 1) with mean ≈ 0.5, ints in range, weights respected', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 20_000 }, () => rng.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
    for (let i = 0; i < 1000; i++) expect([2, 3, 4]).toContain(rng.between(2, 4));
    const picks = Array.from({ length: 10_000 }, () => rng.weighted(['a', 'b'], (x) => (x === 'a' ? 3 : 1)));
    expect(picks.filter((p) => p === 'a').length / picks.length).toBeCloseTo(0.75, 1);
    const poisson = Array.from({ length: 10_000 }, () => rng.poisson(1.5));
    expect(poisson.reduce((s, v) => s + v, 0) / poisson.length).toBeCloseTo(1.5, 1);
  });

  it('samples distinct elements', () => {
    const rng = createRng(5);
    const sample = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
  });
});
