// The Date scalar: a calendar day as `YYYY-MM-DD`. Output passes the ISO strings the database layer makes of
// Neo4j dates; input must be a real day, so `activeAt: "2023-02-30"` fails before any statement runs. Given as
// a plain map of functions (not a GraphQLScalarType) because the resolver maps are merged field by field.
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { isFullDate } from '../../../../domain/dates.ts';
import { ErrorCode } from '../../../../errors/error-codes.ts';

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isFullDate(value)) {
    throw new GraphQLError(`Date must be a real day written YYYY-MM-DD, got ${JSON.stringify(value)}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return value;
}

export const dateScalar = {
  serialize(value: unknown): string {
    if (typeof value !== 'string') throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}.`);
    return value.slice(0, 10);
  },
  parseValue: parseDay,
  parseLiteral: (ast: ValueNode) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
};
