import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/project-root.ts';

export const CYPHER_DIR = path.join(projectRoot, 'cypher');

/** One statement from `cypher/`, with the `//` header lines that document it. */
export interface CypherStatement {
  /** Path below `cypher/` without `.cypher`, e.g. `queries/health`. */
  readonly name: string;
  readonly text: string;
  readonly header: readonly string[];
}

const loaded = new Map<string, CypherStatement>();

/**
 * Loads a statement when the module that needs it is imported, i.e. at server start-up: a missing or empty file
 * fails the boot, not the first request. The set of loaded names feeds the contract test.
 */
export function cypherFile(name: string): CypherStatement {
  const cached = loaded.get(name);
  if (cached) return cached;
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`Cypher file missing: cypher/${name}.cypher`);
  const statement = parseCypherFile(name, fs.readFileSync(file, 'utf8'));
  loaded.set(name, statement);
  return statement;
}

export function parseCypherFile(name: string, source: string): CypherStatement {
  const lines = source.split(/\r?\n/);
  const header = lines.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
  const text = lines
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
  if (text === '') throw new Error(`Cypher file is empty: cypher/${name}.cypher`);
  return { name, text, header };
}

export function loadedCypherFiles(): ReadonlyMap<string, CypherStatement> {
  return loaded;
}

/** Every `.cypher` file below a folder of `cypher/`, as names (for migrations and the contract test). */
export function listCypherFiles(subdir = ''): string[] {
  const root = path.join(CYPHER_DIR, subdir);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => path.join(subdir, f.slice(0, -'.cypher'.length)).split(path.sep).join('/'))
    .sort();
}
