import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../server/errors/error-codes.ts';
import { checkLimits } from '../../../../server/graphql/limits/check-limits.ts';

const limits = { maxAliases: 3, maxDepth: 4, maxCost: 100 };

describe('checkLimits', () => {
  it('lets an operation within every limit pass', () => {
    expect(checkLimits({ aliases: 3, depth: 4, cost: 100 }, limits)).toBeUndefined();
  });

  it.each([
    ['maxAliases', { aliases: 4, depth: 1, cost: 1 }, 4],
    ['maxDepth', { aliases: 0, depth: 5, cost: 1 }, 5],
    ['maxCost', { aliases: 0, depth: 1, cost: 101 }, 101],
  ])('refuses an operation past %s with LIMIT_EXCEEDED and HTTP 400', (limit, measures, actual) => {
    const error = checkLimits(measures, limits);
    expect(error?.extensions).toMatchObject({ code: ErrorCode.LIMIT_EXCEEDED, limit, actual });
    expect(error?.extensions.http).toMatchObject({ status: 400 });
  });
});
