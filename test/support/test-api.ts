import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Database } from '../../server/db/database.ts';
import { createApollo } from '../../server/graphql/apollo.ts';
import type { AtlasContext } from '../../server/graphql/context.ts';
import { createLogger } from '../../server/logging/logger.ts';

export interface TestApi {
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: readonly GraphQLFormattedError[] }>;
  stop(): Promise<void>;
}

/** The real schema and resolvers, called in-process (no socket) against the test database. */
export async function createTestApi(db: Database): Promise<TestApi> {
  const apollo: ApolloServer<AtlasContext> = createApollo();
  await apollo.start();
  const log = createLogger('error', () => undefined);
  return {
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await apollo.executeOperation<T>(
        { query, variables },
        { contextValue: { db, log, requestId: 'test' } },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by the atlas');
      const { data, errors } = response.body.singleResult;
      return { data, errors };
    },
    stop: () => apollo.stop(),
  };
}
