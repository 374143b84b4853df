// The filters that the lists of actors, programs and measures share, as statement parameters. Absent arguments
// become null, which each statement reads as "no filter".
import { textQuery } from './lucene-query.ts';

export type RegionScope = 'EXACT' | 'WITHIN' | 'REACHING';

export interface CommonFilterArgs {
  readonly kinds?: readonly string[] | null;
  readonly region?: string | null;
  readonly regionScope?: RegionScope | null;
  readonly topic?: string | null;
  readonly targetGroup?: string | null;
  readonly activeAt?: string | null;
  readonly text?: string | null;
}

export function commonFilterParams(args: CommonFilterArgs) {
  return {
    kinds: args.kinds ?? null,
    region: args.region ?? null,
    regionScope: args.regionScope ?? 'WITHIN',
    topic: args.topic ?? null,
    targetGroup: args.targetGroup ?? null,
    activeAt: args.activeAt ?? null,
    text: textQuery('text', args.text, 'all'),
  };
}
