// Operations derived from the schema, so that a field added to it is tried by the security tests without anyone
// remembering to list it: every root field with sample values for its required arguments, and every place a
// string can go into its arguments (nested input objects and lists included).
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from '../../../../server/graphql/build-schema.ts';
import { adminQueries } from '../../../../server/graphql/resolvers/write/index.ts';

export type Root = 'query' | 'mutation';

export interface RootField {
  readonly root: Root;
  readonly name: string;
  readonly field: GraphQLField<unknown, unknown>;
  /** Behind adminOnly: the mutations and the admin queries. */
  readonly admin: boolean;
}

let cached: GraphQLSchema | undefined;
export function schema(): GraphQLSchema {
  cached ??= buildSchema();
  return cached;
}

/** Every field of Query and Mutation. */
export function rootFields(): RootField[] {
  const s = schema();
  const admin = new Set(Object.keys(adminQueries));
  return [
    ...Object.values(s.getQueryType()?.getFields() ?? {}).map((field) => ({
      root: 'query' as const,
      name: field.name,
      field,
      admin: admin.has(field.name),
    })),
    ...Object.values(s.getMutationType()?.getFields() ?? {}).map((field) => ({
      root: 'mutation' as const,
      name: field.name,
      field,
      admin: true,
    })),
  ];
}

/** Scalars whose values are strings in JSON variables (ID, String and the custom Date). */
function isStringScalar(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name);
}

const required = (arg: { type: GraphQLInputType; defaultValue?: unknown }) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/** A value of the type that passes GraphQL's coercion (not necessarily the resolver's checks). */
export function sampleValue(type: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (required(f)) value[f.name] = sampleValue(f.type, f.name);
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2026-01-01';
      default:
        return name === 'id' || type.name === 'ID' ? 'no-such-id' : 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** Sample values for the required arguments of a field. */
export function sampleArguments(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) if (required(arg)) args[arg.name] = sampleValue(arg.type, arg.name);
  return args;
}

/**
 * The operation calling the field with the given arguments as variables; the answer selects only `__typename`
 * (the resolver runs all the same).
 */
export function operationFor(f: RootField, args: Record<string, unknown>): string {
  const given = f.field.args.filter((a: GraphQLArgument) => a.name in args);
  const declared = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(f.field.type)) ? '' : ' { __typename }';
  return `${f.root}${declared ? ` (${declared})` : ''} { ${f.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** One place a string can go: `input.note`, `sources[0]`, `link.from`, `files[0].name`. */
export interface StringSlot {
  readonly path: readonly (string | number)[];
  readonly type: string;
}

/** Every place in the arguments of a field where a string scalar goes, optional ones included. */
export function stringSlots(field: GraphQLField<unknown, unknown>): StringSlot[] {
  const slots: StringSlot[] = [];
  const walk = (type: GraphQLInputType, at: (string | number)[], seen: Set<string>) => {
    if (isNonNullType(type)) return walk(type.ofType, at, seen);
    if (isListType(type)) return walk(type.ofType, [...at, 0], seen);
    if (isStringScalar(type)) {
      slots.push({ path: at, type: getNamedType(type).name });
      return;
    }
    if (isInputObjectType(type) && !seen.has(type.name)) {
      for (const f of Object.values(type.getFields()))
        walk(f.type, [...at, f.name], new Set([...seen, type.name]));
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], new Set());
  return slots;
}

/**
 * The arguments with `value` at `path`, creating the objects and lists on the way from `fill` (a valid object of
 * a nested input type where the test knows one) or the type's required fields.
 */
export function placeAt(
  field: GraphQLField<unknown, unknown>,
  base: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
  fill: (typeName: string) => Record<string, unknown> | undefined = () => undefined,
): Record<string, unknown> {
  const [argName, ...rest] = path;
  const arg = field.args.find((a) => a.name === argName);
  if (!arg) throw new Error(`no argument ${String(argName)} on ${field.name}`);
  return { ...structuredClone(base), [arg.name]: setIn(arg.type, base[arg.name], rest, value, fill) };
}

function setIn(
  type: GraphQLInputType,
  current: unknown,
  path: readonly (string | number)[],
  value: unknown,
  fill: (typeName: string) => Record<string, unknown> | undefined,
): unknown {
  if (path.length === 0) return value;
  if (isNonNullType(type)) return setIn(type.ofType, current, path, value, fill);
  const [head, ...rest] = path;
  if (isListType(type) && typeof head === 'number') {
    const list: unknown[] = Array.isArray(current) ? structuredClone(current) : [];
    list[head] = setIn(type.ofType, list[head], rest, value, fill);
    return list;
  }
  if (isInputObjectType(type) && typeof head === 'string') {
    const object =
      current !== null && typeof current === 'object'
        ? (structuredClone(current) as Record<string, unknown>)
        : (fill(type.name) ?? (sampleValue(type) as Record<string, unknown>));
    const fieldType = type.getFields()[head]?.type;
    if (!fieldType) throw new Error(`no field ${head} in ${type.name}`);
    object[head] = setIn(fieldType, object[head], rest, value, fill);
    return object;
  }
  throw new Error(`cannot place a value at ${String(head)} of ${String(type)}`);
}

export const slotName = (path: readonly (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
