// Documented outputs in docs/ are JSON, some of them trimmed with "…". This module turns such a text into a
// pattern and compares a real answer with it.
//
// The rule (one for every output block):
// - A block without "…" is complete JSON: the answer must deep-equal it (`isComplete` + `JSON.parse`).
// - A block with "…" is read as JSON in which "…" may stand
//   * as an element of an array: ONE OR MORE elements left out there. The elements shown before the first "…"
//     must be the first elements of the real array, those after the last "…" its last elements, and runs of
//     elements between two "…" must appear in that order in between, each "…" skipping at least one element;
//   * as a member of an object: the object may have more keys than shown; every key shown must match;
//   * inside a string: one or more characters left out; the shown parts must be the string's beginning, end
//     and (in order) middle.
//   Everything else shown (keys, numbers, strings, null, nesting, the exact keys of objects without "…") must
//   match exactly, recursively. An output is therefore only as weak as its "…" make it.

export const GAP: unique symbol = Symbol('…');
const ELLIPSIS = '…';

export type Pattern =
  | { readonly type: 'literal'; readonly value: null | boolean | number | string }
  | { readonly type: 'trimmedString'; readonly parts: readonly string[] }
  | { readonly type: 'array'; readonly items: readonly (Pattern | typeof GAP)[] }
  | {
      readonly type: 'object';
      readonly entries: readonly (readonly [string, Pattern])[];
      readonly open: boolean;
    };

/** Whether a documented output is complete (no "…" anywhere), i.e. must equal the answer exactly. */
export function isComplete(text: string): boolean {
  return !text.includes(ELLIPSIS);
}

/** Parses JSON in which "…" may stand for left-out array elements, object members or string characters. */
export function parseTrimmedJson(text: string): Pattern {
  let pos = 0;

  const fail = (what: string): never => {
    const line = text.slice(0, pos).split('\n').length;
    throw new Error(
      `trimmed JSON, line ${line} of the block: ${what} at ${JSON.stringify(text.slice(pos, pos + 20))}`,
    );
  };
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos += 1;
  };
  const peek = () => {
    skipSpace();
    return text[pos];
  };
  const expectChar = (c: string) => {
    if (peek() !== c) fail(`expected "${c}"`);
    pos += 1;
  };
  const readString = (): string => {
    skipSpace();
    const match = /^"(?:[^"\\\n]|\\.)*"/.exec(text.slice(pos));
    if (!match) return fail('expected a string');
    pos += match[0].length;
    return JSON.parse(match[0]) as string;
  };

  const value = (): Pattern => {
    const c = peek();
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') {
      const s = readString();
      return s.includes(ELLIPSIS)
        ? { type: 'trimmedString', parts: s.split(ELLIPSIS) }
        : { type: 'literal', value: s };
    }
    const match = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(pos));
    if (!match) return fail('expected a value');
    pos += match[0].length;
    return { type: 'literal', value: JSON.parse(match[0]) as null | boolean | number };
  };

  // After an item: a comma, the closing bracket, or (commas around "…" being optional) a "…"; after a "…"
  // anything may follow.
  const afterItem = (close: string, gap: boolean) => {
    const c = peek();
    if (c === ',') pos += 1;
    else if (!gap && c !== close && c !== ELLIPSIS) fail(`expected "," or "${close}"`);
  };

  const array = (): Pattern => {
    expectChar('[');
    const items: (Pattern | typeof GAP)[] = [];
    while (peek() !== ']') {
      if (peek() === undefined) fail('unterminated array');
      if (peek() === ELLIPSIS) {
        if (items.at(-1) === GAP) fail('two "…" in a row');
        pos += 1;
        items.push(GAP);
      } else {
        items.push(value());
      }
      afterItem(']', items.at(-1) === GAP);
    }
    pos += 1;
    return { type: 'array', items };
  };

  const object = (): Pattern => {
    expectChar('{');
    const entries: [string, Pattern][] = [];
    let open = false;
    while (peek() !== '}') {
      if (peek() === undefined) fail('unterminated object');
      const gap = peek() === ELLIPSIS;
      if (gap) {
        pos += 1;
        open = true;
      } else {
        const key = readString();
        if (entries.some(([k]) => k === key)) fail(`duplicate key "${key}"`);
        expectChar(':');
        entries.push([key, value()]);
      }
      afterItem('}', gap);
    }
    pos += 1;
    return { type: 'object', entries, open };
  };

  const result = value();
  if (peek() !== undefined) fail('text after the value');
  return result;
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 200 ? `${s.slice(0, 200)}…` : s;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every way `actual` differs from the pattern, as "path: what" lines; empty when it matches. */
export function mismatches(pattern: Pattern, actual: unknown, path = '$'): string[] {
  switch (pattern.type) {
    case 'literal':
      return pattern.value === actual
        ? []
        : [`${path}: expected ${show(pattern.value)}, got ${show(actual)}`];
    case 'trimmedString': {
      const re = new RegExp(
        `^${pattern.parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]+')}$`,
      );
      return typeof actual === 'string' && re.test(actual)
        ? []
        : [`${path}: expected a string shown as ${show(pattern.parts.join(ELLIPSIS))}, got ${show(actual)}`];
    }
    case 'object': {
      if (!isPlainObject(actual)) return [`${path}: expected an object, got ${show(actual)}`];
      const problems: string[] = [];
      const shown = new Set(pattern.entries.map(([k]) => k));
      if (!pattern.open) {
        for (const key of Object.keys(actual)) {
          if (!shown.has(key)) problems.push(`${path}: unexpected key "${key}" (${show(actual[key])})`);
        }
      }
      for (const [key, p] of pattern.entries) {
        if (!Object.hasOwn(actual, key)) problems.push(`${path}: missing key "${key}"`);
        else problems.push(...mismatches(p, actual[key], `${path}.${key}`));
      }
      return problems;
    }
    case 'array':
      return Array.isArray(actual)
        ? arrayMismatches(pattern.items, actual, path)
        : [`${path}: expected an array, got ${show(actual)}`];
  }
}

function arrayMismatches(
  items: readonly (Pattern | typeof GAP)[],
  actual: readonly unknown[],
  path: string,
): string[] {
  // Runs of shown elements, split at the "…".
  const runs: Pattern[][] = [[]];
  for (const item of items) {
    if (item === GAP) runs.push([]);
    else runs.at(-1)!.push(item);
  }
  const gaps = runs.length - 1;
  const shownCount = runs.reduce((n, run) => n + run.length, 0);
  if (gaps === 0) {
    if (actual.length !== shownCount) {
      return [`${path}: expected ${shownCount} elements, got ${actual.length}: ${show(actual)}`];
    }
    return runs[0]!.flatMap((p, i) => mismatches(p, actual[i], `${path}[${i}]`));
  }
  if (actual.length < shownCount + gaps) {
    return [
      `${path}: ${shownCount} elements shown and ${gaps} "…" (each at least one element) need at least ` +
        `${shownCount + gaps} elements, got ${actual.length}: ${show(actual)}`,
    ];
  }
  const problems: string[] = [];
  const first = runs[0]!;
  const last = runs.at(-1)!;
  first.forEach((p, i) => problems.push(...mismatches(p, actual[i], `${path}[${i}]`)));
  const lastStart = actual.length - last.length;
  last.forEach((p, i) => problems.push(...mismatches(p, actual[lastStart + i], `${path}[${lastStart + i}]`)));
  if (problems.length > 0) return problems;
  // Middle runs: leftmost placement in order (optimal for contiguous runs), each after at least one skipped element.
  let from = first.length + 1;
  for (const run of runs.slice(1, -1)) {
    let at = from;
    const fits = (start: number) => run.every((p, i) => mismatches(p, actual[start + i]).length === 0);
    while (at + run.length <= lastStart - 1 && !fits(at)) at += 1;
    if (at + run.length > lastStart - 1) {
      return [
        `${path}: the elements ${show(run)} shown between "…" are not found in order in ${show(actual)}`,
      ];
    }
    from = at + run.length + 1;
  }
  return problems;
}

/** The value of the only key `name` anywhere in the pattern (a literal), e.g. the documented `endCursor`. */
export function findLiteral(pattern: Pattern, name: string): unknown[] {
  switch (pattern.type) {
    case 'literal':
    case 'trimmedString':
      return [];
    case 'array':
      return pattern.items.flatMap((item) => (item === GAP ? [] : findLiteral(item, name)));
    case 'object':
      return pattern.entries.flatMap(([key, p]) =>
        key === name && p.type === 'literal' ? [p.value] : findLiteral(p, name),
      );
  }
}
