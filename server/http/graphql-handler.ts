import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Authenticate } from '../auth/authenticate.ts';
import type { ApiLimits } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { AtlasContext, Viewer } from '../graphql/context.ts';
import { isAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { readBody, BodyTooLargeError } from './read-body.ts';

export interface GraphqlHandlerDeps {
  readonly apollo: ApolloServer<AtlasContext>;
  readonly db: Database;
  readonly log: Logger;
  readonly limits: ApiLimits;
  readonly authenticate: Authenticate;
}

/** Hands an HTTP request to Apollo (GraphQL over HTTP: GET and POST) and streams its answer back. */
export function createGraphqlHandler(deps: GraphqlHandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let viewer: Viewer;
    try {
      viewer = deps.authenticate(req.headers.authorization);
    } catch (err) {
      if (!isAppError(err)) throw err;
      res.setHeader('www-authenticate', 'Bearer');
      return sendError(res, 401, err.code, err.message);
    }
    let raw: string;
    try {
      raw = await readBody(req, deps.limits.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return sendError(res, 413, 'LIMIT_EXCEEDED', err.message);
      throw err;
    }
    let body: unknown = raw;
    if (raw !== '' && (headers.get('content-type') ?? '').includes('json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const result = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => Promise.resolve({ db: deps.db, log: deps.log, requestId, viewer, limits: deps.limits }),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
