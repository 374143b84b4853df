/** A GraphQL error as the server sends it: a message and a code to branch on. */
export class GraphqlRequestError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = 'GraphqlRequestError';
    this.code = code;
  }
}

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one operation as JSON (which also satisfies the server's CSRF prevention) and returns its data. */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  fetchImpl: typeof fetch = fetch,
): Promise<T> {
  const response = await fetchImpl('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const payload = (await response.json()) as GraphqlResponse<T>;
  const first = payload.errors?.[0];
  if (first) throw new GraphqlRequestError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (!payload.data) throw new GraphqlRequestError(`Empty response (HTTP ${response.status})`, 'UNKNOWN');
  return payload.data;
}
