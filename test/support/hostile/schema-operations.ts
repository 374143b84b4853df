// Valid GraphQL operations generated from the schema the server serves (build-schema.ts): random root fields of
// Query (and, now and then, Mutation), argument values of each argument's type (enums, lists, input objects; as
// literals or as variables), nested selections, aliases, @include/@skip, named fragments and inline fragments on
// the implementations of interfaces and the members of unions. "Valid" means: meant to pass GraphQL validation
// (campaign figures count how many do); values may still be refused by resolvers (a page size of 500, an unknown
// id), which is part of what the campaign sends.
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** One GraphQL request as its JSON body carries it. */
export interface GeneratedOperation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: string;
}

/** The values arguments are drawn from: ids and words from the data, plus whatever a test adds. */
export interface ValuePools {
  /** Ids that exist (so queries reach data) and some that do not. */
  readonly ids: readonly string[];
  /** Text for String arguments (search words, vocabulary keys, odd strings). */
  readonly strings: readonly string[];
}

export interface OperationOptions {
  /** Deepest selection below a root field (the server refuses beyond ATLAS_MAX_DEPTH, 12). */
  readonly maxDepth: number;
  /** Most fields in one selection set. */
  readonly maxFields: number;
  /** Chance that an operation is a mutation (anonymous readers are refused: UNAUTHENTICATED). */
  readonly mutationRate: number;
  /** Root fields never chosen. */
  readonly skipRootFields?: readonly string[];
}

export const DEFAULT_OPERATION_OPTIONS: OperationOptions = { maxDepth: 4, maxFields: 3, mutationRate: 0.05 };

/** Strings every pool gets: odd, injection-shaped and unicode text that resolvers must take as plain data. */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  'a',
  '%',
  '*',
  '"',
  "'",
  '\\',
  '\u0000',
  '\u202e',
  'Ünïcødé 🌍',
  "') RETURN n //",
  '" OR 1=1 --',
  '$where',
  '{"$gt": ""}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'AND OR NOT',
  'x~',
  'title:"x"',
];

/** Days for the Date scalar (which refuses anything else at validation). */
const DATES = ['2026-01-01', '2000-02-29', '1900-01-01', '2099-12-31'];
/** For String arguments that hold a date: the resolver, not validation, refuses the odd ones. */
const DATE_STRINGS = [...DATES, '2026-13-01', 'yesterday', '', '2026-01-01T00:00:00Z'];
const SMALL_INTS = [0, 1, 2, 3, 5, 10, 20, 50, 100];
const ODD_INTS = [-1, 101, 1000, 2_147_483_647, -2_147_483_648];

/** Arguments whose Int is a size or count: small values keep most operations within the cost limit. */
const SIZE_ARGUMENTS = new Set(['first', 'limit', 'depth', 'maxLength', 'minMemberships']);

type Draw = fc.GeneratorValue;

/** 0 … n-1, each as likely. */
const uniform = (n: number): fc.Arbitrary<number> => fc.noBias(fc.integer({ min: 0, max: n - 1 }));

/** A literal in GraphQL syntax and the same value as JSON (for a variable). */
interface Value {
  readonly literal: string;
  readonly json: unknown;
}

class OperationBuilder {
  private readonly fragments: string[] = [];
  private readonly variableDefinitions: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private counter = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: ValuePools,
    private readonly options: OperationOptions,
    private readonly g: Draw,
  ) {}

  build(): GeneratedOperation {
    const mutation = this.schema.getMutationType();
    const isMutation = mutation !== null && mutation !== undefined && this.chance(this.options.mutationRate);
    const root = isMutation ? mutation : this.schema.getQueryType()!;
    const skip = new Set(this.options.skipRootFields ?? []);
    const fields = Object.values(root.getFields()).filter((f) => !skip.has(f.name));
    const count = isMutation ? 1 : this.between(1, this.options.maxFields);
    const used = new Set<string>();
    const selections: string[] = [];
    for (let i = 0; i < count; i++) {
      const field = this.pick(fields);
      selections.push(this.fieldSelection(field, 1, used, false));
    }
    if (!isMutation && this.chance(0.05)) selections.push('__typename');
    const body = `{ ${selections.join(' ')} }`;
    const named = this.variableDefinitions.length > 0 || isMutation || this.chance(0.5);
    const name = named ? `Op${this.between(1, 9999)}` : undefined;
    const keyword = isMutation ? 'mutation' : 'query';
    const vars = this.variableDefinitions.length > 0 ? `(${this.variableDefinitions.join(', ')})` : '';
    const operation = name === undefined ? body : `${keyword} ${name}${vars} ${body}`;
    const query = [operation, ...this.fragments].join('\n');
    const sendName = name !== undefined && this.chance(0.5);
    return { query, variables: this.variables, ...(sendName ? { operationName: name } : {}) };
  }

  /** `alias: name(args) @directive { … }`; `used` holds the response names taken in this selection set. */
  private fieldSelection(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    used: Set<string>,
    inFragment: boolean,
  ): string {
    const args = this.argumentsOf(field.args);
    // Two selections of one response name must have the same arguments (OverlappingFieldsCanBeMerged): a field
    // with arguments inside a fragment, or a name already taken here, gets an alias of its own.
    const needsAlias = used.has(field.name) || (inFragment && field.args.length > 0);
    const alias = needsAlias || this.chance(0.1) ? `a${++this.counter}` : undefined;
    used.add(alias ?? field.name);
    const directive = this.chance(0.1) ? ` ${this.directive()}` : '';
    const named = getNamedType(field.type);
    const sub = isCompositeType(named) ? ` ${this.selectionSet(named, depth + 1, inFragment)}` : '';
    return `${alias === undefined ? '' : `${alias}: `}${field.name}${args}${directive}${sub}`;
  }

  private selectionSet(type: GraphQLCompositeType, depth: number, inFragment: boolean): string {
    const used = new Set<string>();
    const parts: string[] = [];
    if (isUnionType(type)) {
      parts.push('__typename');
      used.add('__typename');
    } else {
      const fields = Object.values(type.getFields()).filter(
        (f) => depth < this.options.maxDepth || isLeafType(getNamedType(f.type)),
      );
      const count = this.between(1, this.options.maxFields);
      for (let i = 0; i < count && fields.length > 0; i++) {
        parts.push(this.fieldSelection(this.pick(fields), depth, used, inFragment));
      }
      if (parts.length === 0) parts.push('__typename');
    }
    if (isAbstractType(type) && depth <= this.options.maxDepth && this.chance(0.6)) {
      const possible = this.schema.getPossibleTypes(type);
      const target = this.pick(possible);
      parts.push(`... on ${target.name} ${this.fragmentBody(target, depth)}`);
    }
    if (depth <= this.options.maxDepth && this.chance(0.1)) {
      const target = isAbstractType(type) ? this.pick(this.schema.getPossibleTypes(type)) : type;
      const name = `F${++this.counter}`;
      this.fragments.push(`fragment ${name} on ${target.name} ${this.fragmentBody(target, depth)}`);
      parts.push(`...${name}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  /** The selection inside a fragment: fields with arguments get aliases of their own (see fieldSelection). */
  private fragmentBody(type: GraphQLCompositeType, depth: number): string {
    if (isUnionType(type)) return '{ __typename }';
    const used = new Set<string>();
    const fields = Object.values(type.getFields()).filter(
      (f) => depth < this.options.maxDepth || isLeafType(getNamedType(f.type)),
    );
    const parts: string[] = [];
    const count = this.between(1, Math.max(1, this.options.maxFields - 1));
    for (let i = 0; i < count && fields.length > 0; i++) {
      parts.push(this.fieldSelection(this.pick(fields), depth, used, true));
    }
    return `{ ${parts.length === 0 ? '__typename' : parts.join(' ')} }`;
  }

  private directive(): string {
    const name = this.chance(0.5) ? 'include' : 'skip';
    if (this.chance(0.3)) {
      const variable = `b${++this.counter}`;
      this.variableDefinitions.push(`$${variable}: Boolean!`);
      this.variables[variable] = this.chance(0.5);
      return `@${name}(if: $${variable})`;
    }
    return `@${name}(if: ${this.chance(0.5)})`;
  }

  private argumentsOf(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && !this.chance(0.4)) continue;
      const value = this.value(arg.type, arg.name);
      if (this.chance(0.25)) {
        const variable = `v${++this.counter}`;
        this.variableDefinitions.push(`$${variable}: ${String(arg.type)}`);
        this.variables[variable] = value.json;
        parts.push(`${arg.name}: $${variable}`);
      } else {
        parts.push(`${arg.name}: ${value.literal}`);
      }
    }
    return parts.length === 0 ? '' : `(${parts.join(', ')})`;
  }

  private value(type: GraphQLInputType, name: string): Value {
    if (isNonNullType(type)) return this.value(type.ofType, name);
    if (isListType(type)) {
      const items: Value[] = [];
      const count = this.between(0, 3);
      for (let i = 0; i < count; i++) items.push(this.value(getNullableType(type.ofType), name));
      return { literal: `[${items.map((v) => v.literal).join(', ')}]`, json: items.map((v) => v.json) };
    }
    if (isEnumType(type)) {
      const value = this.pick(type.getValues()).name;
      return { literal: value, json: value };
    }
    if (isInputObjectType(type)) {
      const fields: string[] = [];
      const json: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && !this.chance(0.3)) continue;
        const v = this.value(field.type, field.name);
        fields.push(`${field.name}: ${v.literal}`);
        json[field.name] = v.json;
      }
      return { literal: `{ ${fields.join(', ')} }`, json };
    }
    return this.scalar(type as GraphQLNamedType, name);
  }

  private scalar(type: GraphQLNamedType, name: string): Value {
    switch (type.name) {
      case 'Int': {
        const n = SIZE_ARGUMENTS.has(name)
          ? this.chance(0.9)
            ? this.pick(SMALL_INTS)
            : this.pick(ODD_INTS)
          : this.between(-5, 100);
        return { literal: String(n), json: n };
      }
      case 'Float': {
        const n = this.pick([0, 0.25, 0.5, 0.75, 1, 1.5, -1]);
        return { literal: String(n), json: n };
      }
      case 'Boolean': {
        const b = this.chance(0.5);
        return { literal: String(b), json: b };
      }
      case 'ID':
        return this.string(this.chance(0.9) ? this.pick(this.pools.ids) : this.pick(this.pools.strings));
      case 'Date':
        return this.string(this.pick(DATES));
      default:
        // String, and any other scalar: a word from the pools, a date for date-like names.
        if (/date|since|until|at$|verified/i.test(name)) return this.string(this.pick(DATE_STRINGS));
        return this.string(this.chance(0.2) ? this.pick(this.pools.ids) : this.pick(this.pools.strings));
    }
  }

  private string(s: string): Value {
    return { literal: JSON.stringify(s), json: s };
  }

  /** True with probability `p`: unbiased, where fast-check's defaults favour the ends of a range. */
  private chance(p: number): boolean {
    return this.g(uniform, 1_000_000) < p * 1_000_000;
  }

  private pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('nothing to pick from');
    return items[this.g(uniform, items.length)]!;
  }

  private between(min: number, max: number): number {
    return min + this.g(uniform, max - min + 1);
  }
}

/** Operations meant to be valid against `schema` (see the file's header). */
export function validOperations(
  schema: GraphQLSchema,
  pools: ValuePools,
  options: OperationOptions = DEFAULT_OPERATION_OPTIONS,
): fc.Arbitrary<GeneratedOperation> {
  return fc.gen().map((g) => new OperationBuilder(schema, pools, options, g).build());
}

/** The selection a field of this type needs to be valid: `{ __typename }` for objects, nothing for leaves. */
export function minimalSelection(type: GraphQLNamedType): string {
  return isCompositeType(type) ? ' { __typename }' : '';
}

/** Root fields with at least one argument, for the hostile variants that break arguments. */
export function fieldsWithArguments(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);
}

/**
 * `{ root(id: …) { self { self { … __typename } } } }`: a root field whose type has a field of its own type (a
 * region's `parent`), repeated `length` times below it. Valid at any length but for the depth limit.
 */
export function nestingChain(schema: GraphQLSchema, length: number, id: string): string {
  for (const root of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(root.type);
    if (!isObjectType(type)) continue;
    const self = Object.values(type.getFields()).find(
      (f) => getNamedType(f.type) === type && f.args.every((a) => !isNonNullType(a.type)),
    );
    const required = root.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    if (!self || required.some((a) => getNamedType(a.type).name !== 'ID')) continue;
    const args = required.map((a) => `${a.name}: ${JSON.stringify(id)}`).join(', ');
    const head = `${root.name}${args === '' ? '' : `(${args})`}`;
    return `{ ${head} { ${`${self.name} { `.repeat(length)}__typename ${'} '.repeat(length)}} }`;
  }
  throw new Error('the schema has no self-nesting type under Query');
}
