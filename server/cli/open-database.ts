// The admin commands open the same database `npm start` uses: NEO4J_URI, the local Neo4j of a running
// `npm start`, or a local Neo4j of their own for the duration of the command. The schema is brought up to date.
import { connectNeo4j } from '../app/connect-neo4j.ts';
import { loadConfig } from '../config/config.ts';
import { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { createLogger } from '../logging/logger.ts';

export interface CliDatabase {
  readonly db: Database;
  readonly close: () => Promise<void>;
}

/**
 * Transaction timeout of the admin commands: an import of up to 20,000 rows is one transaction, and a restore on a
 * busy machine must not fail for the 30 s a request would get.
 */
const CLI_TRANSACTION_TIMEOUT_MS = 300_000;

export async function openDatabase(say: (line: string) => void): Promise<CliDatabase> {
  const config = loadConfig();
  const target = await connectNeo4j(config, say);
  try {
    const db = await Database.connect(target.connection, CLI_TRANSACTION_TIMEOUT_MS);
    await migrate(db, createLogger(config.logLevel));
    return {
      db,
      close: async () => {
        await db.close();
        await target.local?.stop();
      },
    };
  } catch (err) {
    await target.local?.stop();
    throw err;
  }
}
