import { GraphQLError, Lexer, Source, TokenKind, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../../errors/error-codes.ts';
import { limitDetails } from './limit-error.ts';

/**
 * The parser enforces `maxTokens` itself (Apollo's `parseOptions`), so an over-long document is never built into
 * a syntax tree. Its error is a plain syntax error, though (GRAPHQL_PARSE_FAILED); this recognises it and gives
 * it our code — not by its message text, but by recounting: the parser stops exactly at the first token past
 * the limit, so the error is the limit's when it points at that token.
 */
export function asTokenLimitError(
  formatted: GraphQLFormattedError,
  error: unknown,
  maxTokens: number,
): GraphQLFormattedError | undefined {
  if (!(error instanceof GraphQLError) || !error.source) return undefined;
  if (formatted.extensions?.code !== ApolloServerErrorCode.GRAPHQL_PARSE_FAILED) return undefined;
  const position = error.positions?.[0];
  if (position === undefined || tokenStart(error.source.body, maxTokens + 1) !== position) return undefined;
  return {
    message: `The document has more than ${maxTokens} tokens (ATLAS_MAX_TOKENS).`,
    locations: formatted.locations,
    extensions: { code: ErrorCode.LIMIT_EXCEEDED, ...limitDetails('maxTokens', maxTokens) },
  };
}

/**
 * Where the n-th lexical token starts, counted as graphql-js's parser counts them (comments are not tokens),
 * or undefined when the document has fewer tokens or cannot be lexed that far.
 */
export function tokenStart(body: string, n: number): number | undefined {
  const lexer = new Lexer(new Source(body));
  try {
    for (let i = 1; i <= n; i++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) return undefined;
      if (i === n) return token.start;
    }
  } catch {
    // A lexical error before the n-th token: the document is refused for that error, not for its length.
    return undefined;
  }
  return undefined;
}
