import { inject } from 'vitest';
import type { Neo4jConnection } from '../../server/config/config.ts';
import { cypherFile } from '../../server/db/cypher-file.ts';
import { Database } from '../../server/db/database.ts';

export interface TestNeo4j extends Neo4jConnection {
  readonly local: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const DELETE_ALL_DATA = cypherFile('admin/delete-all-data');

export function testConnection(): TestNeo4j {
  return inject('neo4j');
}

export function connectTestDatabase(): Promise<Database> {
  return Database.connect(testConnection());
}

/** Empties the graph but keeps the schema and its migration ledger, so each test file starts clean. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.runBatched(DELETE_ALL_DATA);
}
