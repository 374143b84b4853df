import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile, listCypherFiles, parseCypherFile, CYPHER_DIR } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { splitStatements } from '../../../server/db/migrate.ts';
import fs from 'node:fs';
import path from 'node:path';
import { connectTestDatabase } from '../../support/test-neo4j.ts';

const files = listCypherFiles();

describe('every .cypher file plans on the real Neo4j (EXPLAIN)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(() => db.close());

  it('finds the cypher folder populated', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.filter((f) => !f.startsWith('schema/')))('%s', async (name) => {
    await expect(db.explain(cypherFile(name))).resolves.toBeUndefined();
  });

  it.each(files.filter((f) => f.startsWith('schema/')))(
    '%s (each statement of the migration)',
    async (name) => {
      const source = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
      const statements = splitStatements(source);
      expect(statements.length).toBeGreaterThan(0);
      for (const [i, text] of statements.entries())
        await db.explain(parseCypherFile(`${name}#${i + 1}`, text));
    },
  );
});
