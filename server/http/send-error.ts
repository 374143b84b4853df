import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors/error-codes.ts';

/**
 * Answers with a GraphQL-shaped error body (`errors[0].extensions.code`), so a client handles errors from the
 * HTTP layer (401, 413, 504, a wrong export path) the same way as those from Apollo.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  options: { mediaType?: string; extensions?: Readonly<Record<string, unknown>> } = {},
): void {
  res.statusCode = status;
  res.setHeader('content-type', `${options.mediaType ?? 'application/json'}; charset=utf-8`);
  res.end(JSON.stringify({ errors: [{ message, extensions: { ...options.extensions, code } }] }));
}
