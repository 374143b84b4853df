// Strings an attacker would try in any text an API takes: Cypher and Lucene syntax, control characters, file
// paths, prototype keys, spreadsheet formulas and very long text. Each must be refused with a typed error or be
// stored verbatim as data — never executed, never a 500.

export interface Hostile {
  readonly name: string;
  readonly value: string;
}

export const HOSTILE_STRINGS: readonly Hostile[] = [
  { name: 'cypher: close a single-quoted map and delete', value: "x'}) DETACH DELETE n //" },
  { name: 'cypher: close a double-quoted map and delete', value: 'x"}) DETACH DELETE n //' },
  { name: 'cypher: or-true', value: '" OR 1=1 //' },
  { name: 'cypher: single-quoted or-true', value: "' OR '1'='1' //" },
  { name: 'cypher: parameter syntax', value: '$(x)' },
  { name: 'cypher: a parameter name', value: '$id' },
  { name: 'cypher: backtick identifier', value: '`) MATCH (n) DETACH DELETE n //`' },
  { name: 'cypher: backtick label', value: 'x`:Admin {id: "y"}) CREATE (:Pwned) //' },
  { name: 'cypher: procedure call', value: "'}) CALL dbms.components() YIELD name RETURN name //" },
  { name: 'cypher: comment and newline', value: '/* x */\nMATCH (n) DETACH DELETE n' },
  { name: 'NUL byte', value: 'a\u0000b' },
  { name: 'lucene: match everything', value: '*:*' },
  { name: 'lucene: field, group, fuzzy', value: 'name:(a OR b)~' },
  { name: 'lucene: unbalanced quote', value: '"unbalanced' },
  { name: 'lucene: unbalanced brackets', value: '[a TO (b {' },
  { name: 'lucene: lone backslash', value: '\\' },
  { name: 'lucene: wildcard and boost', value: '?*^10 AND NOT &&||!' },
  { name: 'path traversal', value: '../../etc/passwd' },
  { name: 'path traversal, windows', value: '..\\..\\windows\\win.ini' },
  { name: 'prototype key', value: '__proto__' },
  { name: 'constructor key', value: 'constructor' },
  { name: 'prototype JSON', value: '{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}' },
  { name: 'spreadsheet formula', value: "=cmd|' /C calc'!A0" },
  { name: 'CSV breakout', value: 'a","b"\r\n"c;d|e' },
  { name: 'unicode: right-to-left override and emoji', value: 'Ünïcødé \u202e evil \u{1F600}' },
  { name: 'html/script', value: '<script>alert(1)</script>' },
  { name: 'long (100,000 characters)', value: 'x'.repeat(100_000) },
];

/** `count` strings for the i-th place, cycling through the list so that all of them are used across places. */
export function rotating(i: number, count: number): Hostile[] {
  return Array.from({ length: count }, (_, k) => HOSTILE_STRINGS[(i * count + k) % HOSTILE_STRINGS.length]!);
}
