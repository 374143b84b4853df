// A server with the atlas's real Apollo set-up (limits, CSRF, error masking, logging), real HTTP handler and
// real database, but a small test-only schema: it reaches what the atlas's schema cannot on purpose — a slow
// field, a failing field, a mutation to send by GET.
import type http from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createAuthenticator } from '../../../server/auth/authenticate.ts';
import { loadConfig, type ApiLimits, type SiteSettings } from '../../../server/config/config.ts';
import type { Database } from '../../../server/db/database.ts';
import { createApollo } from '../../../server/graphql/apollo.ts';
import { createGraphqlHandler } from '../../../server/http/graphql-handler.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createLogger } from '../../../server/logging/logger.ts';

const TYPE_DEFS = /* GraphQL */ `
  type Query {
    fast: String!
    "Answers after waitMs milliseconds."
    slow(waitMs: Int!): String!
    "Fails with an error no client should see."
    broken: String
  }
  type Mutation {
    touch: Boolean!
  }
`;

export const SECRET_DETAIL = 'connection string bolt://admin:hunter2@db';

const resolvers = {
  Query: {
    fast: () => 'fast',
    slow: (_: unknown, { waitMs }: { waitMs: number }) =>
      new Promise<string>((resolve) => setTimeout(() => resolve('slow'), waitMs).unref()),
    broken: () => {
      throw new Error(SECRET_DETAIL);
    },
  },
  Mutation: { touch: () => true },
};

export interface TestSchemaServer {
  readonly endpoint: string;
  /** Every line the server logged, parsed. */
  readonly logged: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startTestSchemaServer(
  db: Database,
  env: NodeJS.ProcessEnv = {},
): Promise<TestSchemaServer> {
  const { limits, site }: { limits: ApiLimits; site: SiteSettings } = loadConfig(env);
  const apollo = createApollo(limits, makeExecutableSchema({ typeDefs: TYPE_DEFS, resolvers }));
  await apollo.start();
  const logged: Record<string, unknown>[] = [];
  const log = createLogger('debug', (line) => logged.push(JSON.parse(line) as Record<string, unknown>));
  const notHere = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.statusCode = 404;
    res.end();
  };
  const server = createHttpServer(
    {
      graphql: createGraphqlHandler({ apollo, db, log, limits, site, authenticate: createAuthenticator([]) }),
      explorer: notHere,
      exports: notHere,
      static: notHere,
      live: notHere,
    },
    log,
  );
  const port = await listen(server, '127.0.0.1', 0);
  return {
    endpoint: `http://127.0.0.1:${port}/graphql`,
    logged,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
