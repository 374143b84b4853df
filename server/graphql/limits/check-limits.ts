import type { GraphQLError } from 'graphql';
import type { ApiLimits } from '../../config/config.ts';
import { limitDetails, limitExceeded } from './limit-error.ts';
import type { OperationMeasures } from './measure-operation.ts';

export type OperationLimits = Pick<ApiLimits, 'maxAliases' | 'maxDepth' | 'maxCost'>;

/** The first limit an operation passes, as the error to answer with; aliases first, as the cheapest to fix. */
export function checkLimits(m: OperationMeasures, limits: OperationLimits): GraphQLError | undefined {
  if (m.aliases > limits.maxAliases) {
    return limitExceeded(
      `The operation uses ${m.aliases} aliases; at most ${limits.maxAliases} are allowed`,
      limitDetails('maxAliases', limits.maxAliases, m.aliases),
    );
  }
  if (m.depth > limits.maxDepth) {
    return limitExceeded(
      `The operation is ${m.depth} levels deep; at most ${limits.maxDepth} are allowed`,
      limitDetails('maxDepth', limits.maxDepth, m.depth),
    );
  }
  if (m.cost > limits.maxCost) {
    return limitExceeded(
      `The operation's estimated cost is ${m.cost}; at most ${limits.maxCost} is allowed`,
      limitDetails('maxCost', limits.maxCost, m.cost),
    );
  }
  return undefined;
}
