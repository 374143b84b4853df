// The view's two requests: the matrix of the region, and — only while a gap is chosen — the details of its gaps.
// Each reports `settled` once it holds the answer to its current variables, which is what `window.__atlas.ready`
// and the status message wait for (useQuery keeps the previous answer on screen while a new one loads).
import type {
  CoverageGapsQuery,
  CoverageGapsQueryVariables,
  CoverageMatrixQuery,
  CoverageMatrixQueryVariables,
} from '../../api/generated/operations.ts';
import { useSettledQuery } from '../../api/use-query.ts';
import { COVERAGE_GAPS_QUERY, COVERAGE_MATRIX_QUERY } from './gaps-operations.ts';

export type GapEntry = CoverageGapsQuery['coverage']['gaps'][number];

/** The matrix of a region; `null` variables: no region chosen, nothing asked. */
export const useCoverageMatrix = (variables: CoverageMatrixQueryVariables | null) =>
  useSettledQuery<CoverageMatrixQuery>(COVERAGE_MATRIX_QUERY, variables);

/** The gaps of the same matrix, asked only while a gap is chosen (`null`: none is). */
export const useCoverageGaps = (variables: CoverageGapsQueryVariables | null) =>
  useSettledQuery<CoverageGapsQuery>(COVERAGE_GAPS_QUERY, variables);
