// All overlaps among a set of measures, best first, and the cut a request asks for.
import { candidatePairs } from './candidate-pairs.ts';
import type { MeasureFacts } from './facts.ts';
import type { OverlapFinding } from './finding.ts';
import { scorePair, type PairContext } from './score-pair.ts';

/**
 * Every overlapping pair, ordered by score (highest first), uncoordinated before coordinated at equal score,
 * then by the measures' ids.
 */
export function rankOverlaps(measures: readonly MeasureFacts[], ctx: PairContext): OverlapFinding[] {
  const findings: OverlapFinding[] = [];
  for (const [i, j] of candidatePairs(measures, ctx.broader)) {
    const a = measures[i];
    const b = measures[j];
    if (a === undefined || b === undefined) continue;
    const finding = scorePair(a, b, ctx);
    if (finding !== null) findings.push(finding);
  }
  return findings.sort(
    (x, y) =>
      y.score - x.score ||
      Number(x.coordinated) - Number(y.coordinated) ||
      x.measures[0].localeCompare(y.measures[0]) ||
      x.measures[1].localeCompare(y.measures[1]),
  );
}

export interface OverlapCut {
  readonly minScore: number;
  readonly includeCoordinated: boolean;
  readonly first: number;
}

/** The findings a request sees: at least `minScore`, coordinated ones only when asked, at most `first`. */
export function cutOverlaps(ranked: readonly OverlapFinding[], cut: OverlapCut): OverlapFinding[] {
  return ranked
    .filter((f) => f.score >= cut.minScore && (cut.includeCoordinated || !f.coordinated))
    .slice(0, cut.first);
}
