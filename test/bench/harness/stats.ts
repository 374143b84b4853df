// The statistics of a benchmark: medians and 90th percentiles of rounds, ratios of medians, and the exponent of
// time against size (the slope of a least-squares line through log size → log time).

export interface Sample {
  /** Median of the rounds, in milliseconds. */
  readonly median: number;
  /** 90th percentile (nearest rank) of the rounds, in milliseconds. */
  readonly p90: number;
  readonly rounds: number;
}

/** The value below which `share` of the sorted values lie (nearest rank; share 0.5 of an even count: the mean of the middle two). */
function quantile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) throw new Error('no rounds to summarise');
  if (share === 0.5 && sorted.length % 2 === 0) {
    const mid = sorted.length / 2;
    return (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1]!;
}

export function summarise(ms: readonly number[]): Sample {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), rounds: sorted.length };
}

export interface SizedTime {
  readonly size: number;
  readonly ms: number;
}

/**
 * How time grows with size: t ∝ size^k, k fitted by least squares on the logarithms. 1 is linear, 2 quadratic;
 * below 1 a fixed cost dominates the small sizes.
 */
export function growthExponent(points: readonly SizedTime[]): number {
  if (points.length < 2) throw new Error('a growth exponent needs at least two sizes');
  if (points.some((p) => p.size <= 0 || p.ms <= 0)) throw new Error('sizes and times must be positive');
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i += 1) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  if (sxx === 0) throw new Error('a growth exponent needs at least two different sizes');
  return sxy / sxx;
}
