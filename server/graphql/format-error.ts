import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isAppError } from '../errors/app-error.ts';
import { ErrorCode, PUBLIC_CODES } from '../errors/error-codes.ts';

/**
 * Our typed errors reach clients with their code; GraphQL's own errors (syntax, validation, variables) pass as
 * they are; anything else is masked as INTERNAL_SERVER_ERROR (log-errors.ts logs it in full with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  if (isAppError(original)) {
    if (PUBLIC_CODES.has(original.code)) {
      return {
        ...formatted,
        message: original.message,
        extensions: { ...original.details, code: original.code },
      };
    }
    return mask(formatted);
  }
  if (isMasked(formatted, original)) return mask(formatted);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && AS_BAD_REQUEST.has(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_REQUEST } };
  }
  return formatted;
}

/**
 * Apollo's codes for a request that names no operation it holds (several and no `operationName`, or an unknown
 * one) and for persisted queries (not used by the atlas): each is a request the client must change, so it
 * reaches the client as BAD_REQUEST, one of the codes the schema's ErrorCode documents.
 */
const AS_BAD_REQUEST: ReadonlySet<string> = new Set<string>([
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/** The error behind a GraphQL error: resolver errors are unwrapped by Apollo; others carry `originalError`. */
export function originalOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (unwrapped instanceof GraphQLError && unwrapped.originalError) return unwrapped.originalError;
  return unwrapped;
}

/** True for errors no client should see the text of. */
export function isMasked(formatted: GraphQLFormattedError, original: unknown): boolean {
  if (isAppError(original)) return !PUBLIC_CODES.has(original.code);
  const code = formatted.extensions?.code;
  return typeof code !== 'string' || code === ErrorCode.INTERNAL_SERVER_ERROR;
}

function mask(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
