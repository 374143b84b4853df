// The switches every coverage computation takes, resolved (defaults applied), and the cache key they make.

export interface CoverageOptions {
  /** The day, `YYYY-MM-DD`: initiatives and relationships count when their period includes it. */
  readonly at: string;
  /** Only ACTIVE_IN, ADDRESSES, TARGETS (and PART_OF, FUNDS) that a source states. */
  readonly statedOnly: boolean;
  /** Whole-reach placements in the regions above count (federal and Land offers for a Kreis). */
  readonly fromAbove: boolean;
  /** An initiative of a narrower topic or target group counts in the broader one's row or column too. */
  readonly rollUp: boolean;
  /** An umbrella (program or measure) does not count in a cell where one of its parts counts. */
  readonly dedupeParts: boolean;
}

/** Every option that changes a result, in a fixed order. */
export function optionsKey(options: CoverageOptions): string {
  const { at, statedOnly, fromAbove, rollUp, dedupeParts } = options;
  return JSON.stringify([at, statedOnly, fromAbove, rollUp, dedupeParts]);
}
