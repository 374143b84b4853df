// Invalid and hostile HTTP requests to /graphql, built from the schema: wrong argument types, unknown fields,
// nesting past the depth limit, alias floods, huge literals and variables, broken syntax, duplicate operations,
// odd operation names, bodies that are not JSON (or JSON that is no GraphQL request), GET with query strings,
// other methods, odd headers. Each request names its kind, so a campaign can count what it sent.
import fc from 'fast-check';
import { getNamedType, isEnumType, isNonNullType, parse, validate, type GraphQLSchema } from 'graphql';
import {
  fieldsWithArguments,
  minimalSelection,
  nestingChain,
  type GeneratedOperation,
  type ValuePools,
} from './schema-operations.ts';

/** One HTTP request as sent: `path` includes any query string. */
export interface HttpCase {
  readonly kind: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** For generated valid operations: whether graphql-js validation passes it (the campaign counts both). */
  readonly validates?: boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A JSON POST of an operation, as every client of the atlas sends it. */
export function postCase(
  kind: string,
  op: GeneratedOperation,
  headers: Record<string, string> = {},
): HttpCase {
  return {
    kind,
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify(op),
  };
}

function rawPost(kind: string, body: string, headers: Record<string, string> = JSON_HEADERS): HttpCase {
  return { kind, method: 'POST', path: '/graphql', headers, body };
}

/** The request kinds and how often each is drawn (weights). */
export const HOSTILE_KINDS = {
  'wrong-type': 3,
  'unknown-name': 3,
  'missing-argument': 1,
  'deep-nesting': 2,
  'alias-flood': 2,
  'huge-string': 1,
  'huge-number': 2,
  'huge-variables': 1,
  'broken-syntax': 3,
  'duplicate-operations': 2,
  'odd-operation-name': 2,
  'not-a-graphql-body': 3,
  'get-query-string': 3,
  'other-method': 1,
  'odd-headers': 2,
  'fragment-abuse': 2,
  'introspection-abuse': 1,
  'body-too-large': 1,
} as const;

export type HostileKind = keyof typeof HOSTILE_KINDS;

const uniform = (n: number): fc.Arbitrary<number> => fc.noBias(fc.integer({ min: 0, max: n - 1 }));

/** Characters that break GraphQL syntax or JSON in interesting places. */
const BREAKERS = [
  '{',
  '}',
  '(',
  ')',
  '"',
  '"""',
  '\\',
  '$',
  '@',
  '...',
  ':',
  '!',
  '#',
  '\u0000',
  '\ufeff',
  '\ud800',
  ' ',
];

class HostileBuilder {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: ValuePools,
    private readonly valid: GeneratedOperation,
    private readonly g: fc.GeneratorValue,
  ) {}

  build(kind: HostileKind): HttpCase {
    switch (kind) {
      case 'wrong-type':
        return this.wrongType();
      case 'unknown-name':
        return this.unknownName();
      case 'missing-argument':
        return this.missingArgument();
      case 'deep-nesting':
        return this.deepNesting();
      case 'alias-flood':
        return this.aliasFlood();
      case 'huge-string':
        return this.hugeString();
      case 'huge-number':
        return this.hugeNumber();
      case 'huge-variables':
        return this.hugeVariables();
      case 'broken-syntax':
        return this.brokenSyntax();
      case 'duplicate-operations':
        return this.duplicateOperations();
      case 'odd-operation-name':
        return this.oddOperationName();
      case 'not-a-graphql-body':
        return this.notAGraphqlBody();
      case 'get-query-string':
        return this.getQueryString();
      case 'other-method':
        return this.otherMethod();
      case 'odd-headers':
        return this.oddHeaders();
      case 'fragment-abuse':
        return this.fragmentAbuse();
      case 'introspection-abuse':
        return this.introspectionAbuse();
      case 'body-too-large':
        return this.bodyTooLarge();
    }
  }

  private wrongType(): HttpCase {
    const field = this.pick(fieldsWithArguments(this.schema));
    const arg = this.pick(field.args);
    const named = getNamedType(arg.type);
    const wrong: Record<string, string[]> = {
      Int: ['"12"', '1.5', 'true', '[1]', '{ a: 1 }', 'NAME', '99999999999999999999'],
      Float: ['"0.5"', 'true', '{ a: 1 }', 'NAME'],
      Boolean: ['1', '"true"', 'null', 'TRUE'],
      String: ['1', 'true', '{ a: "x" }', 'NAME', '["x", 1]'],
      ID: ['1.5', 'true', '{ id: "x" }', 'NAME'],
      Date: ['"2026-02-30"', '20260101', '"tomorrow"'],
    };
    const candidates = isEnumType(named)
      ? ['"NAME"', 'NOT_A_VALUE', '1', 'true']
      : (wrong[named.name] ?? ['{ x: 1 }', '1.5']);
    const literal = this.pick(candidates);
    const others = field.args
      .filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined)
      .map((a) => `${a.name}: ${JSON.stringify(this.pick(this.pools.ids))}`);
    const args = [`${arg.name}: ${literal}`, ...others].join(', ');
    const selection = minimalSelection(getNamedType(field.type));
    if (this.chance(0.5)) {
      return postCase('wrong-type', { query: `{ ${field.name}(${args})${selection} }`, variables: {} });
    }
    // The same through a variable: declared with the right type, sent with a value of another.
    const values: unknown[] = ['text', 1.5, true, { a: 1 }, [[1]], 2 ** 53, -0, null, ''];
    const required = field.args.filter(
      (a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined,
    );
    const fill = required.map((a) => `${a.name}: ${JSON.stringify(this.pick(this.pools.ids))}`);
    return postCase('wrong-type', {
      query: `query Q($x: ${String(arg.type)}) { ${field.name}(${[`${arg.name}: $x`, ...fill].join(', ')})${selection} }`,
      variables: { x: this.pick(values) },
    });
  }

  private unknownName(): HttpCase {
    const name = this.identifier();
    const field = this.pick(fieldsWithArguments(this.schema));
    const required = field.args
      .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
      .map((a) => `${a.name}: ${JSON.stringify(this.pick(this.pools.ids))}`);
    const args = (extra: string[]) => {
      const all = [...required, ...extra];
      return all.length === 0 ? '' : `(${all.join(', ')})`;
    };
    const queries = [
      `{ ${name} }`,
      `{ ${field.name}${args([])} { ${name} } }`,
      `{ ${field.name}${args([`${name}: 1`])}${minimalSelection(getNamedType(field.type))} }`,
      `{ ... on ${name} { __typename } }`,
      `{ __typename @${name} }`,
      `{ __typename } fragment F on ${name} { x }`,
      `{ __type(name: ${JSON.stringify(name)}) { name } }`,
      `subscription { ${name} }`,
      `{ search(text: "x", kinds: [${name.toUpperCase()}]) { score } }`,
    ];
    return postCase('unknown-name', { query: this.pick(queries), variables: {} });
  }

  private missingArgument(): HttpCase {
    const fields = fieldsWithArguments(this.schema).filter((f) =>
      f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined),
    );
    const field = this.pick(fields);
    const query = `{ ${field.name}${minimalSelection(getNamedType(field.type))} }`;
    const variableUnset = `query Q($x: ID!) { node(id: $x) { id } }`;
    return postCase('missing-argument', { query: this.chance(0.7) ? query : variableUnset, variables: {} });
  }

  private deepNesting(): HttpCase {
    const choice = this.between(0, 4);
    if (choice === 4) {
      // Inline fragments in inline fragments: no depth of their own, but the parser's recursion.
      const n = this.pick([100, 1_000, 2_000]);
      return postCase('deep-nesting', {
        query: `{ ${'... on Query { '.repeat(n)}__typename${' }'.repeat(n)} }`,
        variables: {},
      });
    }
    if (choice === 0) {
      // Valid fields past the depth limit (12), up to the token limit and beyond.
      const length = this.pick([12, 13, 20, 100, 1_000, 3_000]);
      return postCase('deep-nesting', { query: nestingChain(this.schema, length, 'de'), variables: {} });
    }
    if (choice === 1) {
      // Nothing but braces: the parser's recursion.
      const n = this.pick([100, 2_000, 10_000, 100_000]);
      return postCase('deep-nesting', { query: `${'{a'.repeat(n)}${'}'.repeat(n)}`, variables: {} });
    }
    if (choice === 2) {
      // A nested list literal in an argument.
      const n = this.pick([10, 1_000, 2_400, 50_000]);
      return postCase('deep-nesting', {
        query: `{ actors(kinds: ${'['.repeat(n)}"x"${']'.repeat(n)}) { totalCount } }`,
        variables: {},
      });
    }
    // A nested input object literal.
    const n = this.pick([10, 1_000, 2_000]);
    return postCase('deep-nesting', {
      query: `query Q { actors(text: ${'{a:'.repeat(n)}1${'}'.repeat(n)}) { totalCount } }`,
      variables: {},
    });
  }

  private aliasFlood(): HttpCase {
    const n = this.pick([29, 30, 31, 100, 1_000, 2_400]);
    const cheap = Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
    const costly = Array.from(
      { length: Math.min(n, 30) },
      (_, i) => `a${i}: network(limit: 200) { nodes { id name } edges { source target } }`,
    ).join(' ');
    const unaliased = Array.from({ length: n }, () => 'site { feedbackUrl }').join(' ');
    const query = this.pick([cheap, costly, unaliased]);
    return postCase('alias-flood', { query: `{ ${query} }`, variables: {} });
  }

  private hugeString(): HttpCase {
    const size = this.pick([10_000, 100_000, 500_000, 1_000_000]);
    const text = this.pick(['a', 'Ü', '"', '\\\\', ' OR ', '🌍', '*']).repeat(size / 8);
    const where = this.between(0, 3);
    const literal = JSON.stringify(text);
    const query = [
      `{ search(text: ${literal}) { score } }`,
      `{ actor(id: ${literal}) { id } }`,
      `{ actors(text: ${literal}) { totalCount } }`,
      `query Q($t: String!) { search(text: $t) { score } }`,
    ][where]!;
    return postCase('huge-string', { query, variables: where === 3 ? { t: text } : {} });
  }

  private hugeNumber(): HttpCase {
    const literal = this.pick([
      '2147483648',
      '-2147483649',
      '99999999999999999999999999999999',
      '1e309',
      '-1e309',
      '1e-400',
      '0.1e99999',
      '00',
      '-0',
      '1.',
      '0x10',
      'NaN',
      'Infinity',
    ]);
    const target = this.pick([
      `{ actors(first: ${literal}) { totalCount } }`,
      `{ network(limit: ${literal}) { truncated } }`,
      `{ overlaps(minScore: ${literal}) { score } }`,
      `{ path(from: "de", to: "de", maxLength: ${literal}) { length } }`,
    ]);
    if (this.chance(0.3)) {
      const value = this.pick([1e308, -1e308, 2 ** 31, 2 ** 53 + 1, 1e-320, 0.5]);
      return postCase('huge-number', {
        query: 'query Q($n: Int) { actors(first: $n) { totalCount } }',
        variables: { n: value },
      });
    }
    return postCase('huge-number', { query: target, variables: {} });
  }

  private hugeVariables(): HttpCase {
    const choice = this.between(0, 3);
    if (choice === 0) {
      const n = this.pick([1_000, 20_000]);
      const variables = Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, i]));
      return postCase('huge-variables', { query: '{ site { feedbackUrl } }', variables });
    }
    if (choice === 1) {
      const n = this.pick([1_000, 50_000]);
      return postCase('huge-variables', {
        query: 'query Q($k: [String!]) { actors(kinds: $k) { totalCount } }',
        variables: { k: Array.from({ length: n }, (_, i) => `kind${i}`) },
      });
    }
    // Deeply nested JSON, written by hand: JSON.stringify would recurse as deep.
    const n = this.pick([1_000, 100_000, 300_000]);
    const deep = `${'['.repeat(n)}1${']'.repeat(n)}`;
    const query =
      choice === 2
        ? 'query Q($k: [String!]) { actors(kinds: $k) { totalCount } }'
        : 'query Q($k: String) { site { feedbackUrl } }';
    return rawPost(
      'huge-variables',
      `{"query":${JSON.stringify(query)},"variables":{"k":${deep}},"extensions":{"e":${deep}}}`,
    );
  }

  private brokenSyntax(): HttpCase {
    const query = this.valid.query;
    const choice = this.between(0, 4);
    let broken: string;
    if (choice === 0) broken = query.slice(0, this.between(0, Math.max(0, query.length - 1)));
    else if (choice === 1) {
      const at = this.between(0, query.length);
      broken = query.slice(0, at) + this.pick(BREAKERS) + query.slice(at);
    } else if (choice === 2) broken = this.g(fc.string, { maxLength: 200, unit: 'binary' });
    else if (choice === 3) {
      broken = this.pick([
        '',
        ' ',
        '#',
        '{',
        '}',
        '{}',
        'query',
        'query {',
        '{ site { feedbackUrl } ',
        '{ search(text: "unterminated) { score } }',
        '{ search(text: """never closed) { score } }',
        '{ search(text: "\\u{110000}") { score } }',
        '{ search(text: "\\uD800") { score } }',
        'query ($: Int) { site { feedbackUrl } }',
        '{ site { feedbackUrl } } }',
        'fragment F on Query { site { feedbackUrl } }',
        'mutation',
        '{ site { feedbackUrl } } @',
        '\u0000',
        '\ufeff{ site { feedbackUrl } }',
      ]);
    } else broken = query.replace(/[{}]/, '');
    return postCase('broken-syntax', { query: broken, variables: this.valid.variables });
  }

  private duplicateOperations(): HttpCase {
    const a = '{ site { feedbackUrl } }';
    const variants: [string, string | undefined][] = [
      [`query A ${a} query A { health { neo4jVersion } }`, 'A'],
      [`query A ${a} query A { health { neo4jVersion } }`, undefined],
      [`${a} { health { neo4jVersion } }`, undefined],
      [`query A ${a} query B { health { neo4jVersion } }`, undefined],
      [`query A ${a} mutation A { removeContact(id: "x") { id } }`, 'A'],
      [`query A ${a} query B { health { neo4jVersion } }`, 'C'],
      [`query A ${a} ${a}`, 'A'],
      [`${this.valid.query}\n${this.valid.query}`, this.valid.operationName],
    ];
    const [query, operationName] = this.pick(variants);
    return postCase('duplicate-operations', {
      query,
      variables: {},
      ...(operationName === undefined ? {} : { operationName }),
    });
  }

  private oddOperationName(): HttpCase {
    const name = this.pick<unknown>([
      'Nope',
      '',
      ' ',
      123,
      null,
      true,
      {},
      [],
      ['Op'],
      'x'.repeat(10_000),
      '__proto__',
      'constructor',
      'Op1\u0000',
    ]);
    const body = JSON.stringify({
      query: this.valid.query,
      variables: this.valid.variables,
      operationName: name,
    });
    return rawPost('odd-operation-name', body);
  }

  private notAGraphqlBody(): HttpCase {
    const q = JSON.stringify('{ site { feedbackUrl } }');
    const json: string[] = [
      '{',
      '{"query":',
      'nul',
      "{'query': '{ site { feedbackUrl } }'}",
      `{"query": ${q},}`,
      '',
      '[]',
      `[{"query": ${q}}, {"query": ${q}}]`,
      'null',
      '123',
      '"{ site { feedbackUrl } }"',
      '{}',
      '{"query": 123}',
      '{"query": null}',
      '{"query": {}}',
      '{"query": ["{ site { feedbackUrl } }"]}',
      `{"query": ${q}, "variables": "x"}`,
      `{"query": ${q}, "variables": [1]}`,
      `{"query": ${q}, "variables": {"__proto__": {"role": "admin"}}}`,
      `{"__proto__": {"viewer": {"role": "admin"}}, "query": ${q}}`,
      `{"query": ${q}, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "${'ab'.repeat(32)}"}}}`,
      `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "${'cd'.repeat(32)}"}}}`,
      `{"query": ${q}, "extensions": "x"}`,
      `{"query": ${q}, "query": "{ health { neo4jVersion } }"}`,
      `\ufeff{"query": ${q}}`,
      `{"query": "\\ud800"}`,
    ];
    const choice = this.between(0, 2);
    if (choice === 0) return rawPost('not-a-graphql-body', this.pick(json));
    if (choice === 1) {
      // Bodies of other types: a browser may send these cross-site without a preflight (CSRF prevention).
      const type = this.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/graphql',
        'application/xml',
        'application/json; charset=latin1',
        'application/jsonx',
        '',
      ]);
      const body = this.pick([
        `{"query": ${q}}`,
        'query=%7B%20site%20%7B%20feedbackUrl%20%7D%20%7D',
        '{ site { feedbackUrl } }',
      ]);
      const headers: Record<string, string> = {};
      if (type !== '') headers['content-type'] = type;
      if (this.chance(0.5)) headers['apollo-require-preflight'] = 'true';
      return rawPost('not-a-graphql-body', body, headers);
    }
    return rawPost('not-a-graphql-body', this.g(fc.string, { maxLength: 300, unit: 'binary' }));
  }

  private getQueryString(): HttpCase {
    const params = new URLSearchParams();
    const choice = this.between(0, 5);
    if (choice === 0) {
      params.set('query', this.valid.query);
      if (Object.keys(this.valid.variables).length > 0)
        params.set('variables', JSON.stringify(this.valid.variables));
      if (this.valid.operationName !== undefined) params.set('operationName', this.valid.operationName);
    } else if (choice === 1) params.set('query', 'mutation { removeContact(id: "x") { id } }');
    else if (choice === 2) {
      params.set('query', '{ site { feedbackUrl } }');
      params.set('variables', this.pick(['x', '{', '[]', 'null', '{"a":', '"s"']));
    } else if (choice === 3) {
      params.append('query', '{ site { feedbackUrl } }');
      params.append('query', '{ health { neo4jVersion } }');
    } else if (choice === 4)
      params.set('query', this.valid.query.slice(0, this.between(0, this.valid.query.length)));
    else params.set('extensions', '{"persistedQuery":{"version":1,"sha256Hash":"00"}}');
    let search = params.toString();
    if (this.chance(0.1)) search += this.pick(['&%zz', '&query', '&=', '&&&', '&variables=%7B']);
    if (this.chance(0.03)) search += `&pad=${'x'.repeat(this.pick([8_000, 20_000, 70_000]))}`;
    const headers: Record<string, string> = this.chance(0.7) ? { 'apollo-require-preflight': 'true' } : {};
    if (this.chance(0.2))
      headers.accept = this.pick(['application/graphql-response+json', 'text/html', '*/*']);
    return { kind: 'get-query-string', method: 'GET', path: `/graphql?${search}`, headers };
  }

  private otherMethod(): HttpCase {
    const method = this.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND']);
    const body =
      method === 'HEAD' || method === 'TRACE'
        ? undefined
        : JSON.stringify({ query: '{ site { feedbackUrl } }' });
    return {
      kind: 'other-method',
      method,
      path: '/graphql',
      headers: { ...JSON_HEADERS, 'apollo-require-preflight': 'true' },
      ...(body === undefined ? {} : { body }),
    };
  }

  private oddHeaders(): HttpCase {
    const headers: Record<string, string> = { ...JSON_HEADERS };
    const choice = this.between(0, 3);
    if (choice === 0) {
      headers.authorization = this.pick([
        'Bearer nope',
        'Bearer ',
        'Basic YWRtaW46YWRtaW4=',
        'bearer x',
        `Bearer ${'a'.repeat(5_000)}`,
        'Bearer null',
        'Token x',
      ]);
    } else if (choice === 1) {
      headers.accept = this.pick([
        'application/xml',
        'text/plain',
        'image/png',
        'application/json;q=0',
        ';;;',
        'text/html',
      ]);
    } else if (choice === 2) {
      headers['accept-encoding'] = this.pick([
        'br',
        'gzip',
        'deflate',
        'zstd',
        'br;q=x',
        '*;q=0',
        'identity;q=0',
      ]);
    } else {
      headers['content-type'] = this.pick([
        'application/json; charset=utf-16',
        'APPLICATION/JSON',
        'application/json;;',
      ]);
    }
    return postCase('odd-headers', this.valid, headers);
  }

  private fragmentAbuse(): HttpCase {
    const choice = this.between(0, 4);
    if (choice === 0) {
      return postCase('fragment-abuse', {
        query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
        variables: {},
      });
    }
    if (choice === 1) {
      // Each fragment spreads the one before it twice: 2^n fields once expanded.
      const n = this.pick([10, 20, 40]);
      const fragments = Array.from({ length: n }, (_, i) =>
        i === 0
          ? 'fragment F0 on Query { site { feedbackUrl } }'
          : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
      );
      return postCase('fragment-abuse', { query: `{ ...F${n - 1} } ${fragments.join(' ')}`, variables: {} });
    }
    if (choice === 2) {
      // The same field, many times, for the overlapping-fields check.
      const n = this.pick([500, 2_000]);
      return postCase('fragment-abuse', {
        query: `{ ${Array.from({ length: n }, (_, i) => `node(id: "${i % 2 === 0 ? 'a' : 'b'}") { id }`).join(' ')} }`,
        variables: {},
      });
    }
    if (choice === 3) {
      return postCase('fragment-abuse', {
        query:
          '{ ...on Query { ...on Query { ...on Query { site { feedbackUrl } } } } ...F } fragment F on Region { id }',
        variables: {},
      });
    }
    return postCase('fragment-abuse', {
      query: '{ site { feedbackUrl } } fragment Unused on Query { site { feedbackUrl } }',
      variables: {},
    });
  }

  private introspectionAbuse(): HttpCase {
    const n = this.pick([3, 10, 50]);
    const deep = `${'fields { type { '.repeat(n)}name${' } }'.repeat(n)}`;
    const ofType = `${'ofType { '.repeat(n)}name${' }'.repeat(n)}`;
    const query = this.pick([
      `{ __schema { types { ${deep} } } }`,
      `{ __type(name: "Query") { fields { type { ${ofType} } } } }`,
      `{ __schema { types { interfaces { possibleTypes { interfaces { possibleTypes { interfaces { name } } } } } } } }`,
      `{ ${Array.from({ length: 25 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
    ]);
    return postCase('introspection-abuse', { query, variables: {} });
  }

  private bodyTooLarge(): HttpCase {
    const size = 1_048_576 + this.pick([1, 1_000, 200_000]);
    const padding = 'x'.repeat(size);
    return rawPost('body-too-large', JSON.stringify({ query: `{ site { feedbackUrl } } # ${padding}` }));
  }

  private identifier(): string {
    const base = this.pick([
      'nope',
      'password',
      'contacts',
      'email',
      'actorContact',
      'secret',
      'Contact',
      'zz',
    ]);
    return `${base}${this.between(0, 999)}`;
  }

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

/**
 * Valid operations as clients send them: mostly a JSON POST, some queries as a GET with the preflight header;
 * `headers` go with each (an admin's token, for the leak check's admin path).
 */
export function validRequests(
  schema: GraphQLSchema,
  operations: fc.Arbitrary<GeneratedOperation>,
  headers: Record<string, string> = {},
): fc.Arbitrary<HttpCase> {
  return fc.tuple(operations, fc.noBias(fc.integer({ min: 0, max: 9 }))).map(([op, dice]) => {
    const validates = validate(schema, parse(op.query)).length === 0;
    if (dice < 2 && !op.query.startsWith('mutation')) {
      const params = new URLSearchParams({ query: op.query });
      if (Object.keys(op.variables).length > 0) params.set('variables', JSON.stringify(op.variables));
      if (op.operationName !== undefined) params.set('operationName', op.operationName);
      const path = `/graphql?${params.toString()}`;
      // A GET is for short queries (browsers and proxies cut long URLs); the rest go by POST.
      if (path.length < 6_000) {
        return {
          kind: 'valid',
          method: 'GET',
          path,
          headers: { 'apollo-require-preflight': 'true', ...headers },
          validates,
        };
      }
    }
    return { ...postCase('valid', op, headers), validates };
  });
}

/** Hostile requests; `valid` supplies valid operations for the kinds that break or repackage one. */
export function hostileRequests(
  schema: GraphQLSchema,
  pools: ValuePools,
  valid: fc.Arbitrary<GeneratedOperation>,
): fc.Arbitrary<HttpCase> {
  const kinds = Object.entries(HOSTILE_KINDS).map(([kind, weight]) => ({
    arbitrary: fc.constant(kind as HostileKind),
    weight,
  }));
  return fc
    .tuple(fc.oneof(...kinds), valid, fc.gen())
    .map(([kind, op, g]) => new HostileBuilder(schema, pools, op, g).build(kind));
}
