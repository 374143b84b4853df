import { getArgumentValues, type FieldNode, type GraphQLField } from 'graphql';
import { isList, type ListEstimate } from './list-estimates.ts';

/**
 * A list without an estimate counts as the largest page the API serves. The atlas's schema has none (a contract
 * test sees to it); a schema without `@listSize`, such as a test's, is still measured, not waved through.
 */
export const UNESTIMATED_LIST_SIZE = 100;

/**
 * How many items a field is counted for: the value of its first slicing argument (from the literal, else the
 * operation's variables, else the schema's default — exactly the value its resolver will get), else its assumed
 * size; 1 for a field that is no list, or a list its parent already counted (`sizedFields`).
 */
export function listSize(
  estimate: ListEstimate | undefined,
  definition: GraphQLField<unknown, unknown> | undefined,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): number {
  if (!definition) return 1;
  if (!estimate) return isList(definition.type) ? UNESTIMATED_LIST_SIZE : 1;
  switch (estimate.kind) {
    case 'parent':
      return 1;
    case 'assumed':
      return Math.max(1, estimate.size);
    case 'sliced':
      return (
        slicedSize(estimate.arguments, definition, node, variables) ??
        estimate.otherwise ??
        UNESTIMATED_LIST_SIZE
      );
  }
}

function slicedSize(
  names: readonly string[],
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): number | undefined {
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, node, variables);
  } catch {
    // Only arguments execution would refuse anyway (it reports them to the client); nothing to measure.
    return undefined;
  }
  for (const name of names) {
    const value = values[name];
    // Below 1 is the resolver's error to report; counting it as 1 keeps the estimate from shrinking to 0.
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, value);
  }
  return undefined;
}
