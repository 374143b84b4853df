import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger.ts';
import { CYPHER_DIR, cypherFile, listCypherFiles, parseCypherFile } from './cypher-file.ts';
import type { Database } from './database.ts';

const APPLIED = cypherFile('migrations/applied-migrations');
const RECORD = cypherFile('migrations/record-migration');

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly level: string | undefined;
}

/**
 * Applies the files of `cypher/schema/` in name order, each once, and records them in the database. Schema
 * statements are written with IF NOT EXISTS, so a migration interrupted half-way is simply run again.
 */
export async function migrate(db: Database, log: Logger): Promise<MigrationResult> {
  const done = new Set((await db.read(APPLIED)).map((r) => String(r.id)));
  const names = listCypherFiles('schema');
  const applied: string[] = [];
  for (const name of names) {
    const id = path.basename(name);
    if (done.has(id)) continue;
    const source = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    for (const [i, text] of splitStatements(source).entries()) {
      // Schema changes cannot share a transaction with data writes, so each runs on its own.
      await db.write(parseCypherFile(`${name}#${i + 1}`, text));
    }
    await db.write(RECORD, { id, checksum: createHash('sha256').update(source).digest('hex') });
    log.info('schema migration applied', { migration: id });
    applied.push(id);
  }
  return { applied, level: names.length > 0 ? path.basename(names[names.length - 1]!) : undefined };
}

/** A migration file may hold several statements, each ending with `;` at the end of a line. */
export function splitStatements(source: string): string[] {
  const body = source
    .split(/\r?\n/)
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
