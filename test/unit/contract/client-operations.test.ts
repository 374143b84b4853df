import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_OPERATIONS } from '../../../client/src/api/operations.ts';
import { projectRoot } from '../../../server/config/project-root.ts';
import { buildSchema } from '../../../server/graphql/build-schema.ts';

/** The names of the operations written in the client's sources (`query Name(` inside a GraphQL literal). */
function operationsInSources(dir: string): string[] {
  const names: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') names.push(...operationsInSources(full));
    } else if (/\.tsx?$/.test(entry.name)) {
      const text = fs.readFileSync(full, 'utf8');
      for (const literal of text.matchAll(/\/\* GraphQL \*\/ `([^`]*)`/g)) {
        for (const m of literal[1]!.matchAll(/\b(?:query|mutation) (\w+)/g)) names.push(m[1]!);
      }
    }
  }
  return names;
}

const nameOf = (operation: string) => /\b(?:query|mutation) (\w+)/.exec(operation)?.[1];

describe('every client operation validates against the server schema', () => {
  const schema = buildSchema();
  it.each(ALL_OPERATIONS.map((op, i) => [i, op] as const))('operation %i', (_i, operation) => {
    expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([]);
  });

  it('lists every operation the client sources write, each once', () => {
    const listed = ALL_OPERATIONS.map(nameOf).sort();
    expect(listed).toEqual(operationsInSources(path.join(projectRoot, 'client', 'src')).sort());
  });
});
