// Small helpers for the HTTP tests: requests over a real socket, answers read as GraphQL responses.

export interface GraphqlAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export async function answer(response: Response): Promise<GraphqlAnswer> {
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    headers: response.headers,
    body: JSON.parse(text) as GraphqlAnswer['body'],
  };
}

/** POSTs an operation as JSON, as every client of the atlas does. */
export async function post(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlAnswer> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return answer(response);
}

export function codeOf(a: GraphqlAnswer): unknown {
  return a.body.errors?.[0]?.extensions?.code;
}
