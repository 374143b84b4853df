import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Authenticate } from '../auth/authenticate.ts';
import type { ApiLimits, SiteSettings } from '../config/config.ts';
import type { Database, StatementMeter } from '../db/database.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { AtlasContext } from '../graphql/context.ts';
import { isAppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { Deadline, DeadlineExceededError } from '../graphql/limits/deadline.ts';
import { limitDetails } from '../graphql/limits/limit-error.ts';
import type { Logger } from '../logging/logger.ts';
import { sendCompressible } from './compression.ts';
import { errorMediaType } from './media-types.ts';
import { readBody, BodyTooLargeError } from './read-body.ts';
import { sendError } from './send-error.ts';

export interface GraphqlHandlerDeps {
  readonly apollo: ApolloServer<AtlasContext>;
  readonly db: Database;
  readonly log: Logger;
  readonly limits: ApiLimits;
  readonly site: SiteSettings;
  readonly authenticate: Authenticate;
  /** Answer with a Server-Timing header: the request's Cypher statements and their time (ATLAS_SERVER_TIMING). */
  readonly serverTiming?: boolean;
}

/**
 * Hands an HTTP request to Apollo (GraphQL over HTTP: GET and POST, media types, CSRF prevention and status codes
 * are Apollo's) and streams its answer back. Here: the request id, authentication (401), the body limit (413)
 * and the execution deadline (504), whose signal goes with the context to the resolvers, the loaders and the
 * database, so the work stops with the answer; and compression of large answers (compression.ts).
 */
export function createGraphqlHandler(deps: GraphqlHandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    // A browser gets the explorer at this URL (http-server.ts): caches must not mix the two answers.
    res.setHeader('vary', 'accept');
    const mediaType = errorMediaType(req);
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
      return sendError(res, 401, err.code, err.message, { mediaType });
    }
    let raw: string;
    try {
      raw = await readBody(req, deps.limits.maxBodyBytes);
    } catch (err) {
      if (!(err instanceof BodyTooLargeError)) throw err;
      // The rest of the body is not read; closing the connection keeps the client from sending it anyway.
      res.setHeader('connection', 'close');
      return sendError(res, 413, ErrorCode.LIMIT_EXCEEDED, err.message, {
        mediaType,
        extensions: limitDetails('maxBodyBytes', deps.limits.maxBodyBytes),
      });
    }
    let body: unknown = raw;
    if (raw !== '' && (headers.get('content-type') ?? '').includes('json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.', {
          mediaType,
        });
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const deadline = new Deadline(deps.limits.deadlineMs);
    const meter: StatementMeter = { statements: 0, ms: 0 };
    const context: AtlasContext = {
      db: deps.db.within(deadline, deps.serverTiming ? meter : undefined),
      log: deps.log,
      requestId,
      viewer,
      limits: deps.limits,
      site: deps.site,
      deadline,
    };
    let result: Awaited<ReturnType<typeof deps.apollo.executeHTTPGraphQLRequest>> | undefined;
    try {
      result = await deadline.race(
        deps.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: () => Promise.resolve(context),
        }),
      );
    } catch (err) {
      if (!deadline.signal.aborted) throw err;
    } finally {
      deadline.dispose();
    }
    // Stopped on the way (the deadline, or the run-time cost meter): what execution got done is dropped.
    if (!result || deadline.signal.aborted) {
      return sendStopped(res, deadline.signal.reason, { mediaType, requestId, log: deps.log });
    }
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (deps.serverTiming) res.setHeader('server-timing', serverTiming(meter));
    if (result.body.kind === 'complete') {
      // Compressed above a few KB for a client that accepts it (a national network is 6.5 MB of JSON).
      return sendCompressible(req, res, result.body.string);
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/**
 * The answer to a request stopped during execution, by the error that stopped it: the deadline (504) or the
 * run-time cost meter (400), each a LIMIT_EXCEEDED GraphQL error that carries its status and its details.
 */
function sendStopped(
  res: ServerResponse,
  reason: unknown,
  { mediaType, requestId, log }: { mediaType: string; requestId: string; log: Logger },
): void {
  if (!(reason instanceof GraphQLError) || reason.extensions.code !== ErrorCode.LIMIT_EXCEEDED) throw reason;
  if (reason instanceof DeadlineExceededError) {
    log.warn('request deadline exceeded', { requestId, deadlineMs: reason.deadlineMs });
  } else {
    log.warn('request stopped by a limit', { requestId, limit: reason.extensions.limit });
  }
  const { http, ...extensions } = reason.extensions;
  const status = (http as { status?: number } | undefined)?.status ?? 400;
  return sendError(res, status, ErrorCode.LIMIT_EXCEEDED, reason.message, { mediaType, extensions });
}

/**
 * The statements a request ran and their time, as a Server-Timing entry (browsers' developer tools show it; the
 * benchmark counts statements per read operation with it), e.g. `cypher;dur=47.3;desc="1 statement"`.
 */
export function serverTiming(meter: StatementMeter): string {
  const noun = meter.statements === 1 ? 'statement' : 'statements';
  return `cypher;dur=${meter.ms.toFixed(1)};desc="${meter.statements} ${noun}"`;
}
