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
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { listEstimates } from './list-estimates.ts';
import { listSize } from './list-size.ts';

/** What the limits compare: nesting depth, estimated cost and the number of aliases of one operation. */
export interface OperationMeasures {
  readonly depth: number;
  readonly cost: number;
  readonly aliases: number;
}

/** A selection set's measures, and the selection costs of its fields that the enclosing page sizes. */
interface SelectionMeasures extends OperationMeasures {
  /** By field name: the summed selection cost of the fields counted by their parent (`sizedFields`). */
  readonly sizable: ReadonlyMap<string, number>;
}

const NOTHING: SelectionMeasures = { depth: 0, cost: 0, aliases: 0, sizable: new Map() };

/** Introspection answers are bounded by the schema, not the data; graphql-js limits their nesting itself. */
const INTROSPECTION_ROOTS: ReadonlySet<string> = new Set([SchemaMetaFieldDef.name, TypeMetaFieldDef.name]);

/**
 * Measures an operation that has passed validation (so fragments are known and acyclic), with fragments
 * expanded as execution would expand them:
 * - depth: a root field is 1 deep, each nested selection one more;
 * - cost: every field costs 1 plus the cost of its selection times its list size (`@listSize`, list-size.ts), so
 *   nested lists multiply; a page (`sizedFields`) multiplies only its items, not `totalCount` or `pageInfo`;
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
  const measured = new Map<string, SelectionMeasures>();
  const estimates = listEstimates(schema);

  const selectionSet = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
  ): SelectionMeasures => {
    let depth = 0;
    let cost = 0;
    let aliases = 0;
    const sizable = new Map<string, number>();
    const add = (m: SelectionMeasures) => {
      depth = Math.max(depth, m.depth);
      cost += m.cost;
      aliases += m.aliases;
      for (const [name, c] of m.sizable) sizable.set(name, (sizable.get(name) ?? 0) + c);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) add(field(selection, parent));
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(selectionSet(selection.selectionSet, typeNamed(selection.typeCondition?.name.value) ?? parent));
      } else add(fragment(selection.name.value));
    }
    return { depth, cost, aliases, sizable };
  };

  const field = (node: FieldNode, parent: GraphQLCompositeType | undefined): SelectionMeasures => {
    const owner = isObjectType(parent) || isInterfaceType(parent) ? parent : undefined;
    const name = node.name.value;
    const definition = fieldDefinition(schema, owner, name);
    const childType = definition && getNamedType(definition.type);
    const children = node.selectionSet
      ? selectionSet(node.selectionSet, isCompositeType(childType) ? childType : undefined)
      : NOTHING;
    const alias = node.alias ? 1 : 0;
    if (INTROSPECTION_ROOTS.has(name))
      return { ...NOTHING, depth: 1, cost: 1, aliases: alias + children.aliases };
    const estimate = owner && estimates.of(owner, name);
    const size = listSize(estimate, definition, node, variables);
    const sized = estimate?.kind === 'sliced' ? estimate.sizedFields : [];
    // A page multiplies only its items (`sizedFields`), not its totalCount or pageInfo; each items field has
    // counted its selection once already, hence size − 1 more.
    const selectionCost =
      sized.length === 0
        ? size * children.cost
        : children.cost + (size - 1) * sized.reduce((sum, k) => sum + (children.sizable.get(k) ?? 0), 0);
    return {
      depth: 1 + children.depth,
      cost: 1 + selectionCost,
      aliases: alias + children.aliases,
      sizable: estimate?.kind === 'parent' ? new Map([[name, children.cost]]) : NOTHING.sizable,
    };
  };

  const fragment = (name: string): SelectionMeasures => {
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
  const { depth, cost, aliases } = selectionSet(operation.selectionSet, root);
  return { depth, cost, aliases };
}

function fieldDefinition(
  schema: GraphQLSchema,
  owner: GraphQLObjectType | GraphQLInterfaceType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (owner && owner === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return owner?.getFields()[name];
}
