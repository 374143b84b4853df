// The atlas's real Apollo set-up (limits, error masking, error logging) and HTTP handler over a small schema
// whose fields fail the ways a real resolver can: a driver error naming Cypher and a file, a TypeError with its
// stack, a non-public AppError, a rejected non-Error, a failing list item. The generator of schema-operations.ts
// writes operations for it as for the atlas's schema, so the campaign's properties meet errors that must be
// masked — which the atlas's own schema, working as it should, never produces on purpose.
import type http from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { createAuthenticator } from '../../../server/auth/authenticate.ts';
import { loadConfig } from '../../../server/config/config.ts';
import type { Database } from '../../../server/db/database.ts';
import { AppError } from '../../../server/errors/app-error.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { createApollo } from '../../../server/graphql/apollo.ts';
import { createGraphqlHandler } from '../../../server/http/graphql-handler.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createLogger } from '../../../server/logging/logger.ts';

const TYPE_DEFS = /* GraphQL */ `
  interface Thing {
    id: ID!
    label: String
  }
  type Good implements Thing {
    id: ID!
    label: String
    count(factor: Int = 1): Int!
  }
  type Bad implements Thing {
    id: ID!
    "A driver error: Neo4j's code, a Cypher statement, a file of the server."
    label: String
    "A TypeError with its stack."
    crash(mode: Mode = TYPE): String
    "A list whose second item fails."
    items: [Good] @listSize(assumedSize: 3)
  }
  enum Mode {
    TYPE
    APP
    VALUE
  }
  union Any = Good | Bad
  type Query {
    good(id: ID!): Good
    bad(id: ID!): Bad
    things(first: Int = 2): [Thing!]! @listSize(slicingArguments: ["first"])
    any(pick: Int!): Any
    "A database error the atlas does not show (DATABASE_ERROR)."
    database: Int
  }
  directive @listSize(
    assumedSize: Int
    slicingArguments: [String!]
    sizedFields: [String!]
  ) on FIELD_DEFINITION
`;

/** Text a masked error holds and no client may see. */
export const INTERNAL_DETAIL =
  'Neo.ClientError.Statement.SyntaxError: Invalid input at MATCH (n:Contact) RETURN n (cypher/contacts/x.cypher) ' +
  'in /work/main/server/db/database.ts:42:7';

const good = (id: string) => ({ __typename: 'Good', id });
const bad = (id: string) => ({ __typename: 'Bad', id });

const resolvers = {
  Query: {
    good: (_: unknown, { id }: { id: string }) => good(id),
    bad: (_: unknown, { id }: { id: string }) => bad(id),
    things: (_: unknown, { first }: { first: number }) =>
      Array.from({ length: Math.max(0, Math.min(first, 10)) }, (_v, i) =>
        i % 2 ? bad(`b${i}`) : good(`g${i}`),
      ),
    any: (_: unknown, { pick }: { pick: number }) => (pick % 2 ? bad('x') : good('y')),
    database: () => {
      throw new AppError(ErrorCode.DATABASE_ERROR, INTERNAL_DETAIL);
    },
  },
  Thing: { __resolveType: (t: { __typename: string }) => t.__typename },
  Any: { __resolveType: (t: { __typename: string }) => t.__typename },
  Good: {
    label: ({ id }: { id: string }) => `good ${id}`,
    count: (_: unknown, { factor }: { factor: number }) => 2 * factor,
  },
  Bad: {
    label: () => Promise.reject(new Error(INTERNAL_DETAIL)),
    crash: (_: unknown, { mode }: { mode: string }) => {
      if (mode === 'APP')
        throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The database cannot be reached.');
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a non-Error, as careless code throws
      if (mode === 'VALUE') throw { detail: INTERNAL_DETAIL };
      const missing = undefined as unknown as { property: string };
      return missing.property;
    },
    items: () => [good('1'), Promise.reject(new TypeError(`items: ${INTERNAL_DETAIL}`)), good('3')],
  },
};

export function faultySchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: TYPE_DEFS, resolvers });
}

export interface FaultyServer {
  readonly base: string;
  /** Every line the server logged, parsed. */
  readonly logged: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startFaultyServer(db: Database): Promise<FaultyServer> {
  const { limits, site } = loadConfig({});
  const apollo = createApollo(limits, faultySchema());
  await apollo.start();
  const logged: Record<string, unknown>[] = [];
  const log = createLogger('debug', (line) => logged.push(JSON.parse(line) as Record<string, unknown>));
  const notHere = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({ errors: [{ message: 'Not here.', extensions: { code: ErrorCode.NOT_FOUND } }] }),
    );
  };
  const server = createHttpServer(
    {
      graphql: createGraphqlHandler({ apollo, db, log, limits, site, authenticate: createAuthenticator([]) }),
      explorer: notHere,
      exports: notHere,
      static: notHere,
      live: (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end('{"status":"ok"}');
      },
    },
    log,
  );
  const port = await listen(server, '127.0.0.1', 0);
  return {
    base: `http://127.0.0.1:${port}/`,
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
