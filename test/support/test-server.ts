import { startAtlas, type AtlasHandle } from '../../server/app/start-atlas.ts';
import { loadConfig } from '../../server/config/config.ts';
import { createLogger } from '../../server/logging/logger.ts';
import { testServerEnv } from './test-neo4j.ts';

/**
 * The whole server (API + built client) on a free port, against the test database. The database is not
 * seeded here: each test file prepares the data it asserts on.
 */
export async function startTestServer(env: NodeJS.ProcessEnv = {}): Promise<AtlasHandle> {
  const config = loadConfig(testServerEnv(env));
  return startAtlas(
    config,
    () => undefined,
    createLogger('error', () => undefined),
  );
}
