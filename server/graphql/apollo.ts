import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApiLimits } from '../config/config.ts';
import { buildSchema } from './build-schema.ts';
import type { AtlasContext } from './context.ts';
import { formatError } from './format-error.ts';
import { logErrorsPlugin } from './log-errors.ts';

export function createApollo(limits: ApiLimits): ApolloServer<AtlasContext> {
  return new ApolloServer<AtlasContext>({
    schema: buildSchema(),
    // CSRF prevention stays on: a GET or a simple POST must carry a preflight-forcing header.
    csrfPrevention: true,
    // main.ts owns the signals and stops Apollo itself, after the HTTP server has drained.
    stopOnTerminationSignals: false,
    // Researchers need the schema; it holds nothing secret (see README, Design decisions).
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), logErrorsPlugin],
    formatError,
  });
}
