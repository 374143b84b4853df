import { ErrorCode } from './generated/schema-enums.ts';

/** A code the server documents, or UNKNOWN for an answer without one (a proxy's page, a dropped connection). */
export type RequestErrorCode = ErrorCode | 'UNKNOWN';

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

function errorCode(code: string | undefined): RequestErrorCode {
  return code !== undefined && KNOWN_CODES.has(code) ? (code as ErrorCode) : 'UNKNOWN';
}

/** A GraphQL error as the server sends it: a message and a code to branch on. */
export class GraphqlRequestError extends Error {
  readonly code: RequestErrorCode;
  constructor(message: string, code: RequestErrorCode) {
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
  if (first) throw new GraphqlRequestError(first.message, errorCode(first.extensions?.code));
  if (!payload.data) throw new GraphqlRequestError(`Empty response (HTTP ${response.status})`, 'UNKNOWN');
  return payload.data;
}
