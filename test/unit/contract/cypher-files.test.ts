import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config/project-root.ts';
import { CYPHER_DIR, listCypherFiles, parseCypherFile } from '../../../server/db/cypher-file.ts';

/** Every `cypherFile('…')` call in the code, found by reading the sources (no database needed). */
function referencedNames(): Set<string> {
  const names = new Set<string>();
  for (const folder of ['server', 'seed', 'test']) {
    const files = fs.readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(projectRoot, folder, file), 'utf8');
      for (const match of text.matchAll(/cypherFile\(\s*'([a-z0-9/_-]+)'\s*\)/g)) names.add(match[1]!);
    }
  }
  return names;
}

describe('cypher/ and the code agree', () => {
  const files = listCypherFiles();
  const referenced = referencedNames();
  // Migrations are applied by scanning cypher/schema/, not by name.
  const statements = files.filter((f) => !f.startsWith('schema/'));

  it('every .cypher file outside schema/ is used by the code', () => {
    expect(statements.filter((f) => !referenced.has(f))).toEqual([]);
  });

  it('every statement the code loads exists', () => {
    expect([...referenced].filter((name) => !files.includes(name))).toEqual([]);
  });

  it('every file documents itself with a // header naming its parameters', () => {
    for (const name of files) {
      const { header } = parseCypherFile(
        name,
        fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'),
      );
      expect({ name, hasParameters: header.some((h) => /Parameters:/.test(h)) }).toEqual({
        name,
        hasParameters: true,
      });
    }
  });

  it('no statement builds Cypher from strings: parameters only ($name), no string concatenation into queries', () => {
    for (const name of statements) {
      const text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
      expect({ name, templated: /\$\{/.test(text) }).toEqual({ name, templated: false });
    }
  });
});
