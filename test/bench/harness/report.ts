// What a benchmark run found: ratios (two things measured side by side), growth exponents and deterministic
// figures, printed as a table or as one JSON object (`npm run bench -- --json`).
import type { Sample, SizedTime } from './stats.ts';

export interface Side extends Sample {
  readonly label: string;
}

export interface RatioResult {
  readonly kind: 'ratio';
  readonly key: string;
  readonly what: string;
  /** The goal: the ratio should be at most this. */
  readonly goal: number | null;
  /** median(a) / median(b). */
  readonly ratio: number;
  readonly a: Side;
  readonly b: Side;
}

export interface GrowthResult {
  readonly kind: 'growth';
  readonly key: string;
  readonly what: string;
  readonly goal: number | null;
  readonly exponent: number;
  /** Per size: the median time and its rounds. */
  readonly points: readonly (SizedTime & {
    readonly label: string;
    readonly p90: number;
    readonly rounds: number;
  })[];
}

export interface FigureResult {
  readonly kind: 'figure';
  readonly key: string;
  readonly what: string;
  readonly value: number;
  readonly unit: string;
  /** A goal the value should not exceed, if any. */
  readonly goal?: number;
  readonly note?: string;
}

/** A benchmark that could not run here, with the reason (its key still appears in the JSON). */
export interface SkippedResult {
  readonly kind: 'skipped';
  readonly key: string;
  readonly what: string;
  readonly reason: string;
}

export type Result = RatioResult | GrowthResult | FigureResult | SkippedResult;

export function met(result: Result): boolean | null {
  if (result.kind === 'ratio') return result.goal === null ? null : result.ratio <= result.goal;
  if (result.kind === 'growth') return result.goal === null ? null : result.exponent <= result.goal;
  if (result.kind === 'figure') return result.goal === undefined ? null : result.value <= result.goal;
  return null;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

function jsonOf(result: Result): unknown {
  const rest: Record<string, unknown> = { ...result };
  delete rest.kind;
  delete rest.key;
  switch (result.kind) {
    case 'ratio':
      return {
        ...rest,
        ratio: round(result.ratio, 3),
        met: met(result),
        a: sideJson(result.a),
        b: sideJson(result.b),
      };
    case 'growth':
      return {
        ...rest,
        exponent: round(result.exponent, 3),
        met: met(result),
        points: result.points.map((p) => ({ ...p, ms: round(p.ms, 1), p90: round(p.p90, 1) })),
      };
    case 'figure':
      return { ...rest, met: met(result) };
    case 'skipped':
      return { ...rest, skipped: true };
  }
}

function sideJson(side: Side) {
  return {
    label: side.label,
    median_ms: round(side.median, 2),
    p90_ms: round(side.p90, 2),
    rounds: side.rounds,
  };
}

export interface RunInfo {
  readonly startedAt: string;
  readonly durationS: number;
  readonly machine: Record<string, unknown>;
  readonly options: Record<string, unknown>;
}

export function toJson(info: RunInfo, results: readonly Result[]): string {
  const object: Record<string, unknown> = { run: info };
  for (const r of results) object[r.key] = jsonOf(r);
  return JSON.stringify(object, null, 2);
}

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`);

function verdict(result: Result): string {
  const m = met(result);
  return m === null ? '' : m ? 'met' : 'NOT met';
}

/** One line per result: key, value, goal, verdict, and the two sides or the points behind it. */
export function toTable(results: readonly Result[]): string {
  const lines: string[] = [];
  for (const r of results) {
    switch (r.kind) {
      case 'ratio':
        lines.push(
          `${r.key.padEnd(40)} ${r.ratio.toFixed(2).padStart(8)}  goal ≤ ${String(r.goal ?? '–').padEnd(5)} ${verdict(r)}`,
          `    ${r.a.label}: median ${ms(r.a.median)}, p90 ${ms(r.a.p90)}`,
          `    ${r.b.label}: median ${ms(r.b.median)}, p90 ${ms(r.b.p90)}  (${r.a.rounds} rounds)`,
        );
        break;
      case 'growth':
        lines.push(
          `${r.key.padEnd(40)} ${r.exponent.toFixed(2).padStart(8)}  goal ≤ ${String(r.goal ?? '–').padEnd(5)} ${verdict(r)}`,
          ...r.points.map(
            (p) =>
              `    ${p.label}: size ${p.size}, median ${ms(p.ms)}, p90 ${ms(p.p90)} (${p.rounds} rounds)`,
          ),
        );
        break;
      case 'figure':
        lines.push(
          `${r.key.padEnd(40)} ${String(r.value).padStart(8)} ${r.unit}${r.goal === undefined ? '' : `  goal ≤ ${r.goal} ${verdict(r)}`}`,
          ...(r.note ? [`    ${r.note}`] : []),
        );
        break;
      case 'skipped':
        lines.push(`${r.key.padEnd(40)} skipped: ${r.reason}`);
        break;
    }
  }
  return lines.join('\n');
}
