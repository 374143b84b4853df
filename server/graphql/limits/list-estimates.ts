import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** The size a field's `@listSize` declares (schema/list-size.graphql). */
export type ListEstimate =
  /** A fixed estimate: a bound or a measured maximum. */
  | { readonly kind: 'assumed'; readonly size: number }
  /** The value of the first slicing argument given, else `otherwise`; for a page, of its `sizedFields` only. */
  | {
      readonly kind: 'sliced';
      readonly arguments: readonly string[];
      readonly otherwise: number | undefined;
      readonly sizedFields: readonly string[];
    }
  /** A `sizedFields` list: the field returning its type already multiplied by the slicing argument. */
  | { readonly kind: 'parent' };

type FieldOwner = GraphQLObjectType | GraphQLInterfaceType;

export interface ListEstimates {
  /** The estimate of `owner.field`: its own, else its parent's sizing, else the interface field's it implements. */
  of(owner: FieldOwner, field: string): ListEstimate | undefined;
}

const DIRECTIVE = 'listSize';
const bySchema = new WeakMap<GraphQLSchema, ListEstimates>();

/** The estimates of a schema, read once from its SDL. */
export function listEstimates(schema: GraphQLSchema): ListEstimates {
  let found = bySchema.get(schema);
  if (!found) {
    found = readEstimates(schema);
    bySchema.set(schema, found);
  }
  return found;
}

interface Declared {
  readonly estimate: ListEstimate | undefined;
  readonly sizedFields: readonly string[];
}

/** The directive's arguments on one field, coerced as graphql-js coerces arguments; undefined without one. */
export function declaredListSize(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
): Declared | undefined {
  const directive = schema.getDirective(DIRECTIVE);
  const node = field.astNode;
  const values = directive && node ? getDirectiveValues(directive, node) : undefined;
  if (!values) return undefined;
  const assumed = typeof values.assumedSize === 'number' ? values.assumedSize : undefined;
  const slicing = Array.isArray(values.slicingArguments) ? values.slicingArguments.map(String) : [];
  const sizedFields = Array.isArray(values.sizedFields) ? values.sizedFields.map(String) : [];
  const estimate: ListEstimate | undefined =
    slicing.length > 0
      ? { kind: 'sliced', arguments: slicing, otherwise: assumed, sizedFields }
      : assumed === undefined
        ? undefined
        : { kind: 'assumed', size: assumed };
  return { estimate, sizedFields };
}

function readEstimates(schema: GraphQLSchema): ListEstimates {
  const own = new Map<string, ListEstimate>();
  const sizedByParent = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const declared = declaredListSize(schema, field);
      if (declared?.estimate) own.set(`${type.name}.${field.name}`, declared.estimate);
      const returned = getNamedType(field.type).name;
      for (const sized of declared?.sizedFields ?? []) sizedByParent.add(`${returned}.${sized}`);
    }
  }
  const of = (owner: FieldOwner, field: string): ListEstimate | undefined => {
    const key = `${owner.name}.${field}`;
    const direct = own.get(key) ?? (sizedByParent.has(key) ? { kind: 'parent' as const } : undefined);
    if (direct) return direct;
    // An implementing type repeats the interface's fields (GraphQL requires it), not necessarily its directives.
    for (const parent of owner.getInterfaces()) {
      const inherited = of(parent, field);
      if (inherited) return inherited;
    }
    return undefined;
  };
  return { of };
}

/**
 * True for a list field, whatever its wrappers (`[T]`, `[T!]!`); a list of lists (`[[T]]`) too, whose estimate
 * counts the innermost items, as its selection is resolved once per innermost item.
 */
export function isList(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}
