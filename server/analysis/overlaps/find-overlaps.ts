// Query.overlaps against the database: two statements (the measures that can overlap, then the ties of the
// providers of candidate pairs), the rest pure. The result is cached by the caller (analysis-cache.ts).
import { cypherFile } from '../../db/cypher-file.ts';
import type { Database } from '../../db/database.ts';
import { candidatePairs } from './candidate-pairs.ts';
import {
  namesOf,
  toBroaderMap,
  toMeasureFacts,
  toProviderTies,
  toTermLabels,
  type MeasureFacts,
} from './facts.ts';
import type { OverlapFinding } from './finding.ts';
import { rankOverlaps } from './rank-overlaps.ts';
import type { ReasonNames } from './reasons.ts';

const MEASURES = cypherFile('analysis/overlap-measures');
const TIES = cypherFile('analysis/overlap-ties');

export interface OverlapQuery {
  readonly region: string | null;
  /** `YYYY-MM-DD`. */
  readonly at: string;
  readonly statedOnly: boolean;
  /** Whether a measure may have ended unrecorded on `at` (the read API's STALE status, injected from above). */
  readonly isStale: (measure: MeasureFacts) => boolean;
}

export interface RankedOverlaps {
  readonly findings: readonly OverlapFinding[];
  /** The names and labels of what the findings mention, for their reasons (reasons.ts). */
  readonly names: ReasonNames;
}

/** Every overlap, ranked; null when `region` names no region. */
export async function findOverlaps(db: Database, query: OverlapQuery): Promise<RankedOverlaps | null> {
  const [row] = await db.read(MEASURES, { region: query.region, at: query.at, statedOnly: query.statedOnly });
  if (row?.regionFound !== true) return null;
  const measures = toMeasureFacts(row.measures);
  const broader = toBroaderMap(row.broader);
  const inPairs = new Set(candidatePairs(measures, broader).flat());
  const providerIds = [
    ...new Set([...inPairs].flatMap((i) => measures[i]?.providers.map((p) => p.id) ?? [])),
  ];
  const tieRows =
    providerIds.length > 0 ? await db.read(TIES, { ids: providerIds.sort(), at: query.at }) : [];
  const ties = toProviderTies(tieRows);
  return {
    findings: rankOverlaps(measures, { broader, ties, isStale: query.isStale }),
    names: {
      records: namesOf(measures, ties),
      terms: toTermLabels(row.termLabels),
      cooperationKinds: toTermLabels(row.cooperationKindLabels),
    },
  };
}
