import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { isAppError } from '../../../server/errors/app-error.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

describe('writing and reading through the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
  });
  afterAll(() => db.close());

  it('reads back what a write transaction committed, in both directions of a mutual relationship', async () => {
    await db.write(cypherFile('fixtures/create-pair'), { a: 'rw-a', b: 'rw-b' });
    expect(await db.read(cypherFile('fixtures/read-pair'), { a: 'rw-a' })).toEqual([
      { a: 'rw-a', partner: 'rw-b', kind: 'informationExchange' },
    ]);
    expect(await db.read(cypherFile('fixtures/read-pair'), { a: 'rw-b' })).toEqual([
      { a: 'rw-b', partner: 'rw-a', kind: 'informationExchange' },
    ]);
  });

  it('is idempotent: the same MERGE twice leaves one pair', async () => {
    await db.write(cypherFile('fixtures/create-pair'), { a: 'rw-a', b: 'rw-b' });
    expect(await db.read(cypherFile('fixtures/read-pair'), { a: 'rw-a' })).toHaveLength(1);
  });

  it('maps a database error to a typed code', async () => {
    const broken = { name: 'inline/broken', text: 'MATCH (n RETURN n', header: [] };
    await expect(db.read(broken)).rejects.toSatisfy(
      (e) => isAppError(e) && e.code === ErrorCode.DATABASE_ERROR,
    );
  });

  it('rolls back every statement of a failed transaction', async () => {
    const attempt = db.writeTransaction(async (tx) => {
      await tx.run(cypherFile('fixtures/create-pair'), { a: 'rw-c', b: 'rw-d' });
      throw new Error('abort on purpose');
    });
    await expect(attempt).rejects.toThrow('abort on purpose');
    expect(await db.read(cypherFile('fixtures/read-pair'), { a: 'rw-c' })).toEqual([]);
  });
});
