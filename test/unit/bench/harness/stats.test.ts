import { describe, expect, it } from 'vitest';
import { growthExponent, summarise } from '../../../bench/harness/stats.ts';

describe('summarise', () => {
  it('takes the median (the middle two averaged) and the nearest-rank 90th percentile', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, p90: 5, rounds: 3 });
    expect(summarise([4, 1, 3, 2])).toEqual({ median: 2.5, p90: 4, rounds: 4 });
    const fifteen = Array.from({ length: 15 }, (_, i) => 15 - i); // 15 … 1
    expect(summarise(fifteen)).toEqual({ median: 8, p90: 14, rounds: 15 });
  });

  it('refuses an empty list', () => {
    expect(() => summarise([])).toThrow(/no rounds/);
  });
});

describe('growthExponent', () => {
  it('finds 1 for linear, 2 for quadratic and 0 for constant time', () => {
    const sizes = [300, 3000, 12000, 50000];
    expect(growthExponent(sizes.map((size) => ({ size, ms: size * 0.2 })))).toBeCloseTo(1, 10);
    expect(growthExponent(sizes.map((size) => ({ size, ms: size * size })))).toBeCloseTo(2, 10);
    expect(growthExponent(sizes.map((size) => ({ size, ms: 40 })))).toBeCloseTo(0, 10);
  });

  it('fits a least-squares line through noisy points', () => {
    const points = [
      { size: 100, ms: 110 },
      { size: 1000, ms: 900 },
      { size: 10000, ms: 11000 },
    ];
    const k = growthExponent(points);
    expect(k).toBeGreaterThan(0.95);
    expect(k).toBeLessThan(1.05);
  });

  it('needs two different positive sizes', () => {
    expect(() => growthExponent([{ size: 10, ms: 1 }])).toThrow(/two sizes/);
    expect(() =>
      growthExponent([
        { size: 10, ms: 1 },
        { size: 10, ms: 2 },
      ]),
    ).toThrow(/different sizes/);
    expect(() =>
      growthExponent([
        { size: 0, ms: 1 },
        { size: 10, ms: 2 },
      ]),
    ).toThrow(/positive/);
  });
});
