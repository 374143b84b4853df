// The analysis fields (coverage and gaps, overlaps, network structure), one module each, merged into one map.
import { coverageResolvers } from './coverage.ts';
import { networkAnalysisResolvers } from './network-analysis.ts';
import { overlapResolvers } from './overlaps.ts';

const parts = [coverageResolvers, overlapResolvers, networkAnalysisResolvers];

/** Query fields of every part together; every other type map as the part gives it (each type in one part only). */
export const analysisResolvers: Record<string, object> = Object.assign(
  {},
  ...parts.map(({ Query: _query, ...types }) => types),
  { Query: Object.assign({}, ...parts.map((part) => part.Query)) as object },
) as Record<string, object>;
