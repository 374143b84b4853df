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

/**
 * The environment of a server against the test database: a free port, no seeding (each test file prepares the data
 * it asserts on), only errors logged; `env` adds to it or overrides it.
 */
export function testServerEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const conn = testConnection();
  return {
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    PORT: '0',
    ATLAS_SEED: 'never',
    // Off unless a test asks for it: it would add load and fill the analysis cache behind the test's back.
    ATLAS_WARM_UP: 'false',
    LOG_LEVEL: 'error',
    ...env,
  };
}
