import { GraphQLError, parse, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../server/errors/error-codes.ts';
import { asTokenLimitError, tokenStart } from '../../../../server/graphql/limits/token-limit.ts';

/** The parse error as Apollo hands it to formatError: its own code, the parser's source and position. */
function parseFailure(query: string, maxTokens: number): [GraphQLFormattedError, GraphQLError] {
  try {
    parse(query, { maxLexicalTokens: maxTokens });
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    const formatted = { ...err.toJSON(), extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    return [formatted, err];
  }
  throw new Error(`"${query}" parsed`);
}

describe('the token limit', () => {
  it('counts tokens as the parser does: punctuators and names, not comments', () => {
    expect(tokenStart('{ a }', 3)).toBe(4);
    expect(tokenStart('# comment\n{ a }', 1)).toBe(10);
    expect(tokenStart('{ a }', 4)).toBeUndefined();
  });

  it("turns the parser's token-limit error into LIMIT_EXCEEDED", () => {
    const [formatted, error] = parseFailure('{ a b c d e f }', 5);
    expect(asTokenLimitError(formatted, error, 5)?.extensions).toMatchObject({
      code: ErrorCode.LIMIT_EXCEEDED,
      limit: 'maxTokens',
      maximum: 5,
    });
  });

  it('leaves a syntax error within the limit a syntax error', () => {
    const [formatted, error] = parseFailure('{ a ( }', 100);
    expect(asTokenLimitError(formatted, error, 100)).toBeUndefined();
  });

  it('leaves a syntax error before the limit a syntax error, even in a long document', () => {
    const [formatted, error] = parseFailure(`{ a ( ${'b '.repeat(50)} }`, 10);
    expect(asTokenLimitError(formatted, error, 10)).toBeUndefined();
  });
});
