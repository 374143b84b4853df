import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config/config.ts';
import { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/logging/logger.ts';
import { startLocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { findFreePort } from '../../server/neo4j-local/port-check.ts';
import type { TestNeo4j } from './test-neo4j.ts';

/**
 * One real Neo4j for a test run: the server in NEO4J_URI if set (its data is wiped between test files!), else a
 * throwaway local one in a temporary home on a free port, started like `npm start` starts its own: auth on, with
 * the password generated into the home's password file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.external) {
    project.provide('neo4j', { ...config.external, local: false });
    await prepare({ ...config.external });
    return () => Promise.resolve();
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-test-neo4j-'));
  const boltPort = await findFreePort();
  const local = await startLocalNeo4j({ ...config.local, home, boltPort }, (line) => console.log(line));
  const connection: TestNeo4j = {
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: 'neo4j',
    connectTimeoutMs: 5000,
    local: true,
  };
  project.provide('neo4j', connection);
  await prepare(connection);
  return async () => {
    await local.stop();
    fs.rmSync(home, { recursive: true, force: true });
  };
}

async function prepare(connection: Omit<TestNeo4j, 'local'>): Promise<void> {
  const db = await Database.connect(connection);
  try {
    await migrate(db, createLogger('warn'));
  } finally {
    await db.close();
  }
}
