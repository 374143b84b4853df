import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Database } from '../../server/db/database.ts';
import { loadConfig } from '../../server/config/config.ts';
import { createApollo } from '../../server/graphql/apollo.ts';
import { Deadline } from '../../server/graphql/limits/deadline.ts';
import { ANONYMOUS, type Viewer } from '../../server/auth/viewer.ts';
import type { AtlasContext } from '../../server/graphql/context.ts';
import { createLogger } from '../../server/logging/logger.ts';

export interface TestApi {
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: readonly GraphQLFormattedError[] }>;
  stop(): Promise<void>;
}

/**
 * The real schema and resolvers, called in-process (no socket) against the test database; `env` sets the
 * configuration as the server's environment would (limits, the operator's site settings).
 */
export async function createTestApi(
  db: Database,
  viewer: Viewer = ANONYMOUS,
  env: NodeJS.ProcessEnv = {},
): Promise<TestApi> {
  const { limits, site } = loadConfig(env);
  const apollo: ApolloServer<AtlasContext> = createApollo(limits);
  await apollo.start();
  const log = createLogger('error', () => undefined);
  return {
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      // As over HTTP: one deadline per operation, binding its transactions too.
      const deadline = new Deadline(limits.deadlineMs);
      const response = await apollo
        .executeOperation<T>(
          { query, variables },
          {
            contextValue: { db: db.within(deadline), log, requestId: 'test', viewer, limits, site, deadline },
          },
        )
        .finally(() => deadline.dispose());
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by the atlas');
      const { data, errors } = response.body.singleResult;
      return { data, errors };
    },
    stop: () => apollo.stop(),
  };
}
