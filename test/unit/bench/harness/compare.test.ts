import { describe, expect, it } from 'vitest';
import { compare, measure } from '../../../bench/harness/compare.ts';

/** A contender that records when it ran and "takes" the given milliseconds of a fake clock. */
function recorder(log: string[], label: string) {
  return {
    label,
    before: () => {
      log.push(`${label}:before`);
      return Promise.resolve();
    },
    run: () => {
      log.push(label);
      return Promise.resolve();
    },
  };
}

describe('compare', () => {
  it('runs both each round, alternating which goes first, with the warm-up rounds not counted', async () => {
    const log: string[] = [];
    const result = await compare({
      key: 'k',
      what: 'w',
      goal: 2,
      rounds: 3,
      warmUp: 1,
      a: recorder(log, 'a'),
      b: recorder(log, 'b'),
    });
    expect(log.filter((l) => !l.endsWith(':before'))).toEqual(['a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    // Every run is preceded by its own untimed preparation.
    expect(log.filter((l) => l.endsWith(':before'))).toHaveLength(8);
    expect(result.a.rounds).toBe(3);
    expect(result.b.rounds).toBe(3);
    expect(result.ratio).toBeCloseTo(result.a.median / result.b.median, 10);
  });

  it('measures what runs, not what prepares it', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const result = await compare({
      key: 'k',
      what: 'w',
      goal: null,
      rounds: 3,
      warmUp: 0,
      a: { label: 'slow', run: () => sleep(40), before: () => sleep(1) },
      b: { label: 'quick', run: () => sleep(1), before: () => sleep(40) },
    });
    expect(result.a.median).toBeGreaterThan(result.b.median);
    expect(result.ratio).toBeGreaterThan(1);
  });
});

describe('measure', () => {
  it('counts the rounds after the warm-up', async () => {
    let runs = 0;
    const sample = await measure(
      {
        label: 'x',
        run: () => {
          runs += 1;
          return Promise.resolve();
        },
      },
      4,
      2,
    );
    expect(runs).toBe(6);
    expect(sample.rounds).toBe(4);
    expect(sample.times).toHaveLength(4);
  });
});
