import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { ErrorCode } from '../../errors/error-codes.ts';

/** The limits a request can exceed, each named after its `ApiLimits` field, with its environment variable. */
export const LIMIT_SETTINGS = {
  maxDepth: 'ATLAS_MAX_DEPTH',
  maxCost: 'ATLAS_MAX_COST',
  maxAliases: 'ATLAS_MAX_ALIASES',
  maxTokens: 'ATLAS_MAX_TOKENS',
  maxBodyBytes: 'ATLAS_MAX_BODY_BYTES',
  deadlineMs: 'ATLAS_DEADLINE_MS',
  maxConcurrentExports: 'ATLAS_MAX_CONCURRENT_EXPORTS',
} as const;

export type LimitName = keyof typeof LIMIT_SETTINGS;

/** What a client gets in `extensions` besides the code: which limit, its variable, its value, and by how much. */
export type LimitDetails = {
  readonly limit: LimitName;
  readonly setting: string;
  readonly maximum: number;
  readonly actual?: number;
};

export function limitDetails(limit: LimitName, maximum: number, actual?: number): LimitDetails {
  return { limit, setting: LIMIT_SETTINGS[limit], maximum, ...(actual === undefined ? {} : { actual }) };
}

/**
 * A GraphQL error with code LIMIT_EXCEEDED for a request refused before execution. It is a GraphQLError, not an
 * AppError, because Apollo masks anything else thrown before execution as an internal error; `extensions.http`
 * makes Apollo answer 400, the status the GraphQL-over-HTTP spec gives a request error.
 */
export function limitExceeded(message: string, details: LimitDetails): GraphQLError {
  return new GraphQLError(`${message} (${details.setting}).`, {
    extensions: {
      code: ErrorCode.LIMIT_EXCEEDED,
      ...details,
      http: { status: 400, headers: new HeaderMap() },
    },
  });
}
