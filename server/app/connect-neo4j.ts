import type { Config, Neo4jConnection } from '../config/config.ts';
import { runningLocalUri } from '../neo4j-local/home-lock.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/local-neo4j.ts';
import { LOCAL_USER, readPasswordFile } from '../neo4j-local/password-file.ts';

export interface Neo4jTarget {
  readonly connection: Neo4jConnection;
  /** Present when the atlas started its own Neo4j; absent with NEO4J_URI. */
  readonly local: LocalNeo4j | undefined;
}

/**
 * NEO4J_URI set: use that server. Unset: use the local Neo4j another `npm start` already runs on the same home,
 * or start our own Neo4j 5.26 from the cached Maven Central jars. The local one always has auth on; its password
 * is read from the home's password file (NEO4J_USER and NEO4J_PASSWORD apply to NEO4J_URI only).
 */
export async function connectNeo4j(config: Config, say: (line: string) => void): Promise<Neo4jTarget> {
  if (config.external) return { connection: config.external, local: undefined };
  const running = runningLocalUri(config.local.home);
  if (running) {
    say(`Using the local Neo4j already running at ${running}.`);
    return {
      connection: {
        ...config.neo4j,
        uri: running,
        user: LOCAL_USER,
        password: readPasswordFile(config.local.home),
        database: 'neo4j',
      },
      local: undefined,
    };
  }
  const local = await startLocalNeo4j(config.local, say);
  return {
    connection: {
      ...config.neo4j,
      uri: local.uri,
      user: local.user,
      password: local.password,
      database: 'neo4j',
    },
    local,
  };
}
