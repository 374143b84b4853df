import { getArgumentValues, type FieldNode, type GraphQLField } from 'graphql';
import { LIST_SIZE_ARGUMENTS } from './list-size-arguments.ts';

/**
 * How many items a field asks for: the value of its first list-size argument (`first`, `limit`, `last`), taken
 * from the literal, else from the operation's variables, else from the argument's default in the schema —
 * exactly the value its resolver will get. A field without such an argument, or with no value for it, counts 1.
 */
export function listSize(
  definition: GraphQLField<unknown, unknown> | undefined,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): number {
  if (!definition || !definition.args.some((arg) => LIST_SIZE_ARGUMENTS.includes(arg.name))) return 1;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, node, variables);
  } catch {
    // Only arguments execution would refuse anyway (it reports them to the client); nothing to measure.
    return 1;
  }
  for (const name of LIST_SIZE_ARGUMENTS) {
    const value = values[name];
    // Below 1 is the resolver's error to report; counting it as 1 keeps the estimate from shrinking to 0.
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, value);
  }
  return 1;
}
