// Properties → GraphML attributes: names every reader accepts, flat values, and one declared type per name.
import type { Properties, PropertyValue } from './export-graph.ts';
import { compareText } from './sort-document.ts';

export type AttributeValue = string | number | boolean;
/** Attribute name → value of one node or edge; unset properties are absent, not null. */
export type Attributes = ReadonlyMap<string, AttributeValue>;
export type AttributeType = 'boolean' | 'int' | 'long' | 'double' | 'string';

export interface AttributeKey {
  readonly name: string;
  readonly type: AttributeType;
}

/** GraphML has no list type; `|` is the separator the CSV format uses for lists as well. */
export const LIST_JOINER = '|';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INT32 = 2 ** 31;
const INT64 = 2 ** 63;

/**
 * Property name → attribute name, for all the property names of one kind of element. Names that are plain
 * identifiers and not `reserved` (the attributes this writer adds itself, and `id`) are kept; they are assigned
 * first, so a renamed property never takes a kept one's name. The rest become identifiers (`p_kind` for a
 * property `kind` next to the generated `kind`), numbered when two would meet.
 */
export function attributeNames(
  propertyNames: Iterable<string>,
  reserved: readonly string[],
): Map<string, string> {
  const sorted = [...new Set(propertyNames)].sort(compareText);
  const taken = new Set(reserved);
  const names = new Map<string, string>();
  const keeps = (name: string) => IDENTIFIER.test(name) && !reserved.includes(name);
  for (const name of sorted.filter(keeps)) {
    names.set(name, name);
    taken.add(name);
  }
  for (const name of sorted.filter((candidate) => !keeps(candidate))) {
    const base = `p_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let unique = base;
    for (let n = 2; taken.has(unique); n += 1) unique = `${base}_${n}`;
    names.set(name, unique);
    taken.add(unique);
  }
  return names;
}

/** The properties under their attribute names, lists joined; null and empty lists are left out. */
export function flattenProperties(
  properties: Properties,
  names: ReadonlyMap<string, string>,
): [string, AttributeValue][] {
  const flat: [string, AttributeValue][] = [];
  for (const [property, value] of Object.entries(properties)) {
    const flatValue = flattenValue(value);
    const name = names.get(property);
    if (flatValue !== undefined && name !== undefined) flat.push([name, flatValue]);
  }
  return flat;
}

function flattenValue(value: PropertyValue): AttributeValue | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(LIST_JOINER);
  return value;
}

/** One key per attribute name: the `first` names in their order, then the others sorted. */
export function inferKeys(first: readonly string[], rows: readonly Attributes[]): AttributeKey[] {
  const types = new Map<string, Set<AttributeType>>(first.map((name) => [name, new Set()]));
  for (const row of rows) {
    for (const [name, value] of row) {
      const seen = types.get(name) ?? new Set();
      seen.add(typeOf(value));
      types.set(name, seen);
    }
  }
  const rest = [...types.keys()].filter((name) => !first.includes(name)).sort(compareText);
  return [...first, ...rest].map((name) => ({ name, type: commonType(types.get(name) ?? new Set()) }));
}

function typeOf(value: AttributeValue): AttributeType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (!Number.isInteger(value)) return 'double';
  if (value >= -INT32 && value < INT32) return 'int';
  return value >= -INT64 && value < INT64 ? 'long' : 'double';
}

/** Numbers widen (int → long → double); anything else mixed, or nothing at all, is a string. */
function commonType(types: ReadonlySet<AttributeType>): AttributeType {
  if (types.size === 1) return [...types][0] ?? 'string';
  const numeric: readonly AttributeType[] = ['int', 'long', 'double'];
  if (types.size === 0 || ![...types].every((type) => numeric.includes(type))) return 'string';
  return types.has('double') ? 'double' : 'long';
}
