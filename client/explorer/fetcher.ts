import type { GraphiQLProps } from 'graphiql';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';

export type ExplorerFetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's requests: always POST with a JSON body, which is what the server's CSRF prevention lets through
 * without a preflight header; the headers typed into GraphiQL's header editor are sent too, and a token entered
 * in the page's token field becomes `Authorization: Bearer <token>` (overriding one typed in the editor).
 */
export function createExplorerFetcher(
  endpoint: string,
  token: () => string,
  fetchImpl: typeof fetch = fetch,
): ExplorerFetcher {
  return async (params, options) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(options?.headers ?? {}))
      headers[name.toLowerCase()] = String(value);
    headers['content-type'] = 'application/json';
    headers.accept = 'application/graphql-response+json, application/json';
    const bearer = token().trim();
    if (bearer !== '') headers.authorization = `Bearer ${bearer}`;
    const response = await fetchImpl(endpoint, { method: 'POST', headers, body: JSON.stringify(params) });
    // GraphiQL's types want GraphQLError instances, but over HTTP only their JSON form arrives, and GraphiQL
    // only shows it as JSON; the cast states that, rather than building errors nobody reads.
    return (await readResult(response)) as ExecutionResult;
  };
}

/** The GraphQL response, or, for a body that is not one (a proxy's error page), an error saying what came back. */
async function readResult(response: Response): Promise<FormattedExecutionResult> {
  const text = await response.text();
  try {
    return JSON.parse(text) as FormattedExecutionResult;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}
