import { describe, expect, it } from 'vitest';
import { met, toJson, toTable, type Result } from '../../../bench/harness/report.ts';

const side = (label: string, median: number) => ({ label, median, p90: median * 1.5, rounds: 15 });

const results: Result[] = [
  { kind: 'ratio', key: 'fast_vs_slow', what: 'w', goal: 1.5, ratio: 2, a: side('a', 20), b: side('b', 10) },
  {
    kind: 'growth',
    key: 'growth_x',
    what: 'w',
    goal: 1.2,
    exponent: 0.9,
    points: [{ label: 'S', size: 10, ms: 1, p90: 2, rounds: 15 }],
  },
  { kind: 'figure', key: 'bytes', what: 'w', value: 100, unit: 'bytes' },
  { kind: 'skipped', key: 'other', what: 'w', reason: 'cannot run here' },
];

describe('benchmark report', () => {
  it('judges each result against its goal', () => {
    expect(results.map(met)).toEqual([false, true, null, null]);
  });

  it('writes one JSON object keyed by result, with the run beside them', () => {
    const json = JSON.parse(
      toJson({ startedAt: 't', durationS: 1, machine: { cpus: 2 }, options: {} }, results),
    ) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(['run', 'fast_vs_slow', 'growth_x', 'bytes', 'other']);
    expect(json.fast_vs_slow).toMatchObject({
      ratio: 2,
      goal: 1.5,
      met: false,
      a: { label: 'a', median_ms: 20, p90_ms: 30, rounds: 15 },
    });
    expect(json.growth_x).toMatchObject({ exponent: 0.9, met: true });
    expect(json.other).toMatchObject({ skipped: true, reason: 'cannot run here' });
  });

  it('prints a table line per result with its verdict', () => {
    const table = toTable(results);
    expect(table).toMatch(/fast_vs_slow\s+2\.00\s+goal ≤ 1\.5\s+NOT met/);
    expect(table).toMatch(/growth_x\s+0\.90\s+goal ≤ 1\.2\s+met/);
    expect(table).toMatch(/other\s+skipped: cannot run here/);
  });
});
