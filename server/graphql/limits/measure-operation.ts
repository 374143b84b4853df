import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { listSize } from './list-size.ts';

/** What the limits compare: nesting depth, estimated cost and the number of aliases of one operation. */
export interface OperationMeasures {
  readonly depth: number;
  readonly cost: number;
  readonly aliases: number;
}

const NOTHING: OperationMeasures = { depth: 0, cost: 0, aliases: 0 };

/** Introspection answers are bounded by the schema, not the data; graphql-js limits their nesting itself. */
const INTROSPECTION_ROOTS: ReadonlySet<string> = new Set([SchemaMetaFieldDef.name, TypeMetaFieldDef.name]);

/**
 * Measures an operation that has passed validation (so fragments are known and acyclic), with fragments
 * expanded as execution would expand them:
 * - depth: a root field is 1 deep, each nested selection one more;
 * - cost: every field costs 1 plus the cost of its selection times its list size (see list-size.ts);
 * - aliases: every alias counts, also those inside fragments, once per spread.
 * The fields of `__schema` and `__type` count for depth and cost as one leaf each (their size is the schema's);
 * their aliases count. Fields merged by execution (the same field twice) are counted twice: an over-estimate.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): OperationMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment measures the same wherever it is spread, so each is walked once: spreading one fragment many
  // times over must not make the measuring itself expensive.
  const measured = new Map<string, OperationMeasures>();

  const selectionSet = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
  ): OperationMeasures => {
    let depth = 0;
    let cost = 0;
    let aliases = 0;
    for (const selection of set.selections) {
      const m =
        selection.kind === Kind.FIELD
          ? field(selection, parent)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? selectionSet(selection.selectionSet, typeNamed(selection.typeCondition?.name.value) ?? parent)
            : fragment(selection.name.value);
      depth = Math.max(depth, m.depth);
      cost += m.cost;
      aliases += m.aliases;
    }
    return { depth, cost, aliases };
  };

  const field = (node: FieldNode, parent: GraphQLCompositeType | undefined): OperationMeasures => {
    const definition = fieldDefinition(schema, parent, node.name.value);
    const childType = definition && getNamedType(definition.type);
    const children = node.selectionSet
      ? selectionSet(node.selectionSet, isCompositeType(childType) ? childType : undefined)
      : NOTHING;
    const alias = node.alias ? 1 : 0;
    if (INTROSPECTION_ROOTS.has(node.name.value))
      return { depth: 1, cost: 1, aliases: alias + children.aliases };
    return {
      depth: 1 + children.depth,
      cost: 1 + listSize(definition, node, variables) * children.cost,
      aliases: alias + children.aliases,
    };
  };

  const fragment = (name: string): OperationMeasures => {
    const known = measured.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    const m = definition
      ? selectionSet(definition.selectionSet, typeNamed(definition.typeCondition.name.value))
      : NOTHING;
    measured.set(name, m);
    return m;
  };

  const typeNamed = (name: string | undefined): GraphQLCompositeType | undefined => {
    const type = name === undefined ? undefined : schema.getType(name);
    return isCompositeType(type) ? type : undefined;
  };

  const root = schema.getRootType(operation.operation) ?? undefined;
  return selectionSet(operation.selectionSet, root);
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}
