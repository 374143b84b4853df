// One GraphQL request over HTTP as a client sends it, with what a benchmark needs back: the body, its size on
// the wire and the statements the server ran (Server-Timing).
export interface GraphqlAnswer {
  readonly status: number;
  readonly text: string;
  /** Bytes of the body as sent (after content coding, if any was asked for). */
  readonly wireBytes: number;
  /** Cypher statements the request ran, from Server-Timing; null when the header is missing. */
  readonly statements: number | null;
}

export async function postGraphql(
  serverUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  acceptEncoding = 'identity',
): Promise<GraphqlAnswer> {
  const res = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
    body: JSON.stringify({ query, variables }),
  });
  // fetch decodes a content coding itself; Content-Length is what travelled.
  const text = await res.text();
  const length = res.headers.get('content-length');
  const timing = /desc="(\d+) statements?"/.exec(res.headers.get('server-timing') ?? '');
  return {
    status: res.status,
    text,
    wireBytes: length === null ? Buffer.byteLength(text) : Number(length),
    statements: timing ? Number(timing[1]) : null,
  };
}

/** The answer's data, or an error naming the operation and the server's errors. */
export function dataOf(answer: GraphqlAnswer, what: string): Record<string, unknown> {
  const body = JSON.parse(answer.text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (answer.status !== 200 || body.errors || !body.data) {
    throw new Error(`${what}: HTTP ${answer.status}, ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}
