import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type ASTVisitor, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { ApiLimits } from '../config/config.ts';
import { buildSchema } from './build-schema.ts';
import type { AtlasContext } from './context.ts';
import { formatError } from './format-error.ts';
import { executionGuardPlugin } from './limits/execution-guard.ts';
import { limitsPlugin } from './limits/limits-plugin.ts';
import { asParserOverflowError } from './limits/parser-overflow.ts';
import { asTokenLimitError } from './limits/token-limit.ts';
import { logErrorsPlugin } from './log-errors.ts';

/** Apollo with the atlas's limits and error policy; tests may pass their own schema to reach the edge cases. */
export function createApollo(
  limits: ApiLimits,
  schema: GraphQLSchema = buildSchema(),
): ApolloServer<AtlasContext> {
  return new ApolloServer<AtlasContext>({
    schema,
    // CSRF prevention stays on: a GET or a simple POST must carry a preflight-forcing header.
    csrfPrevention: true,
    // app/serve.ts owns the signals and stops Apollo itself, after the HTTP server has drained.
    stopOnTerminationSignals: false,
    // Researchers need the schema; it holds nothing secret (see README, Design decisions).
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: false,
    // Clients send whole documents; automatic persisted queries would only add a cache anyone can fill.
    persistedQueries: false,
    validationRules: [knownOperationTypes],
    // The parser stops at the first token past the limit, before building a syntax tree of an oversized document.
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    // The explorer is served by server/http (offline, bundled); Apollo's own landing page loads from a CDN.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(limits),
      executionGuardPlugin(limits.maxCost),
      logErrorsPlugin,
    ],
    formatError: (formatted, error) =>
      asTokenLimitError(formatted, error, limits.maxTokens) ??
      asParserOverflowError(formatted, error, limits.maxDepth) ??
      formatError(formatted, error),
  });
}

/**
 * Refuses an operation of a type the schema has no root for (a `subscription`): graphql-js 16 validates it and
 * then fails in execution, which reached the client as INTERNAL_SERVER_ERROR and the error log as a stack.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`The schema has no ${node.operation} operations.`, { nodes: node }),
        );
      }
    },
  };
}
