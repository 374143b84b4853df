import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Neo4jConnection } from '../../server/config/config.ts';
import { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/logging/logger.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { findFreePort } from '../../server/neo4j-local/port-check.ts';

/**
 * A Neo4j of a test's own, which the test may stop and start again (the shared test Neo4j must stay up for the
 * others): a temporary home on a free port, started as `npm start` starts its local one, schema migrated.
 */
export interface DedicatedNeo4j {
  readonly connection: Neo4jConnection;
  /** The running Java process, or undefined while stopped. */
  readonly process: LocalNeo4j | undefined;
  /** Shuts the database down cleanly; Bolt then refuses connections. */
  stop(): Promise<void>;
  /** Starts it again on the same home and port (same data, same password). */
  start(): Promise<void>;
  /** Stops it if running and removes its home. */
  remove(): Promise<void>;
}

export async function startDedicatedNeo4j(): Promise<DedicatedNeo4j> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-fault-neo4j-'));
  const options = { ...config.local, home, boltPort: await findFreePort() };
  const quiet = () => undefined;
  let running: LocalNeo4j | undefined = await startLocalNeo4j(options, quiet);
  const connection: Neo4jConnection = {
    uri: running.uri,
    user: running.user,
    password: running.password,
    database: 'neo4j',
    connectTimeoutMs: 5000,
  };
  const db = await Database.connect(connection);
  try {
    await migrate(db, createLogger('warn', quiet));
  } finally {
    await db.close();
  }
  const stop = async () => {
    const stopping = running;
    running = undefined;
    await stopping?.stop();
  };
  return {
    connection,
    get process() {
      return running;
    },
    stop,
    async start() {
      if (running) return;
      running = await startLocalNeo4j(options, quiet);
    },
    async remove() {
      await stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
