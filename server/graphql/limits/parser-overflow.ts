import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../errors/error-codes.ts';
import { limitDetails } from './limit-error.ts';

/**
 * graphql-js parses recursively, so a document nested some thousand levels deep (lists in a literal, inline
 * fragments, selections), though within ATLAS_MAX_TOKENS, overflows the call stack inside the parser. Apollo
 * answers that as a syntax error carrying the runtime's message ("Maximum call stack size exceeded"); this gives
 * it as what it is, the nesting limit's refusal, in the shape of the other limits' (status 400 as before).
 */
export function asParserOverflowError(
  formatted: GraphQLFormattedError,
  error: unknown,
  maxDepth: number,
): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code !== ApolloServerErrorCode.GRAPHQL_PARSE_FAILED) return undefined;
  let cause: unknown = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (!(cause instanceof RangeError)) return undefined;
  return {
    message: `The document nests too deeply to be read; an operation may nest at most ${maxDepth} levels (ATLAS_MAX_DEPTH).`,
    extensions: { code: ErrorCode.LIMIT_EXCEEDED, ...limitDetails('maxDepth', maxDepth) },
  };
}
