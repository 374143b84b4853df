// Two things measured side by side: in each round both run, one after the other, the order alternating (so a
// machine getting slower or faster during the run weighs on both alike); warm-up rounds are not counted.
import type { RatioResult } from './report.ts';
import { summarise } from './stats.ts';

export interface Contender {
  readonly label: string;
  /** One measured run. Work it needs before or after (resetting a database) goes in `before`, not timed. */
  readonly run: () => Promise<unknown>;
  readonly before?: () => Promise<unknown>;
}

export interface Comparison {
  readonly key: string;
  readonly what: string;
  readonly goal: number | null;
  readonly rounds: number;
  readonly warmUp?: number;
  readonly a: Contender;
  readonly b: Contender;
  /** Told after each counted round, for progress lines. */
  readonly progress?: (round: number, aMs: number, bMs: number) => void;
}

async function timeOne(contender: Contender): Promise<number> {
  await contender.before?.();
  const started = performance.now();
  await contender.run();
  return performance.now() - started;
}

export async function compare(c: Comparison): Promise<RatioResult> {
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  const warmUp = c.warmUp ?? 1;
  for (let round = 0; round < warmUp + c.rounds; round += 1) {
    const aFirst = round % 2 === 0;
    const first = await timeOne(aFirst ? c.a : c.b);
    const second = await timeOne(aFirst ? c.b : c.a);
    const [aMs, bMs] = aFirst ? [first, second] : [second, first];
    if (round < warmUp) continue;
    aTimes.push(aMs);
    bTimes.push(bMs);
    c.progress?.(round - warmUp + 1, aMs, bMs);
  }
  const a = { label: c.a.label, ...summarise(aTimes) };
  const b = { label: c.b.label, ...summarise(bTimes) };
  return { kind: 'ratio', key: c.key, what: c.what, goal: c.goal, ratio: a.median / b.median, a, b };
}

/** One thing measured `rounds` times (after `warmUp` uncounted ones): for the points of a growth exponent. */
export async function measure(
  contender: Contender,
  rounds: number,
  warmUp = 1,
): Promise<{ median: number; p90: number; rounds: number; times: number[] }> {
  const times: number[] = [];
  for (let round = 0; round < warmUp + rounds; round += 1) {
    const ms = await timeOne(contender);
    if (round >= warmUp) times.push(ms);
  }
  return { ...summarise(times), times };
}
