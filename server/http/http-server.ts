import http from 'node:http';
import type net from 'node:net';
import type stream from 'node:stream';
import { ErrorCode } from '../errors/error-codes.ts';
import type { HttpSettings } from '../config/config.ts';
import type { Logger } from '../logging/logger.ts';
import { wantsExplorer } from './media-types.ts';
import { NO_CONTENT_CSP, securityHeaderLines, setSecurityHeaders } from './security-headers.ts';
import { sendError } from './send-error.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface Routes {
  readonly graphql: Handler;
  readonly explorer: Handler;
  readonly exports: Handler;
  readonly static: Handler;
  readonly live: Handler;
}

/** The path of a request target, as sent (`pathname`) and percent-decoded (`decoded`). */
export interface RequestPath {
  readonly pathname: string;
  readonly decoded: string;
}

/**
 * The path of a request target (RFC 9112 §3.2), or undefined when it is none we serve: not origin-form or
 * absolute-form http(s), a host that does not parse, percent-encoding that is not UTF-8, or a NUL.
 */
export function requestPath(target: string | undefined): RequestPath | undefined {
  if (target === undefined) return undefined;
  let url: URL;
  try {
    // Origin-form is appended to a base, not resolved against it: resolving would read `//x/y` as the host `x`.
    url = target.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  return decoded.includes('\0') ? undefined : { pathname: url.pathname, decoded };
}

/**
 * One HTTP server: the API at /graphql (and the explorer there, for a browser), liveness at /healthz, file
 * exports under /export/, the client everywhere else. No request, however malformed, and no handler failure,
 * thrown or rejected, may stop the process: each gets an answer and the server goes on. Every answer, those
 * Node writes itself for a request that does not parse or comes too slowly included, carries the security
 * headers (security-headers.ts).
 */
export function createHttpServer(
  routes: Routes,
  log: Logger,
  settings: Pick<HttpSettings, 'headersTimeoutMs' | 'requestTimeoutMs' | 'maxConnections'> = HTTP_DEFAULTS,
): http.Server {
  const server = http.createServer(
    {
      // A client that trickles its headers or body is cut off (408) instead of holding a socket and a buffer.
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      // Node looks for such clients only this often (30 s unless told), so without it a timeout bites late.
      connectionsCheckingInterval: connectionsCheckingInterval(settings),
      // Node would answer a missing Host itself, without the security headers; the listener does it instead.
      requireHostHeader: false,
    },
    (req, res) => {
      setSecurityHeaders(res);
      let logged = req.url ?? '';
      const fail = (err: unknown) => failed(req, res, log, logged, err);
      // Everything from the target's parse on runs inside the guard: a throw here would escape the request
      // listener and, as an uncaught exception, stop the process.
      try {
        // RFC 9112 §3.2: an HTTP/1.1 request without Host is refused.
        if (req.httpVersion === '1.1' && req.headers.host === undefined) {
          res.setHeader('connection', 'close');
          sendError(res, 400, ErrorCode.BAD_REQUEST, 'An HTTP/1.1 request must carry a Host header.');
          return;
        }
        const target = requestPath(req.url);
        if (!target) {
          sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request target is not a valid URL path.');
          return;
        }
        logged = target.pathname;
        Promise.resolve(route(routes, req, target.pathname)(req, res)).catch(fail);
      } catch (err) {
        fail(err);
      }
    },
  );
  // Past this many open sockets Node closes a new one as soon as it is accepted; those open keep being served.
  server.maxConnections = settings.maxConnections;
  // Without a listener Node drops a CONNECT without a word; we are no proxy, and say so.
  server.on('connect', (_req: http.IncomingMessage, socket: net.Socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\n${securityHeaderLines()}Connection: close\r\n\r\n`,
    );
  });
  server.on('clientError', answerClientError);
  return server;
}

/** How often Node looks for requests past their timeout: a quarter of the shorter one, at least every 250 ms. */
export function connectionsCheckingInterval(
  settings: Pick<HttpSettings, 'headersTimeoutMs' | 'requestTimeoutMs'>,
): number {
  const shorter = Math.min(settings.headersTimeoutMs, settings.requestTimeoutMs);
  return Math.min(30_000, Math.max(250, Math.floor(shorter / 4)));
}

/** Node's own answers to a request it could not take (its `socketOnError`), with our security headers. */
const CLIENT_ERROR_STATUS: Readonly<Record<string, string>> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: '413 Payload Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/**
 * A request that does not parse, or whose headers or body did not arrive in time: answered as Node would
 * (400, 408, 413, 431, then the connection closed), but with the headers every answer carries. Nothing is written
 * when the socket is gone or an answer has begun on it.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: stream.Duplex): void {
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && err.code !== 'ECONNRESET' && !inFlight?.headersSent) {
    const status = CLIENT_ERROR_STATUS[err.code ?? ''] ?? '400 Bad Request';
    socket.write(`HTTP/1.1 ${status}\r\n${securityHeaderLines()}Connection: close\r\n\r\n`);
  }
  socket.destroy(err);
}

/** Node's own defaults would let a client hold a request open for five minutes. */
const HTTP_DEFAULTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1_000 };

function route(routes: Routes, req: http.IncomingMessage, pathname: string): Handler {
  if (pathname === '/graphql') return wantsExplorer(req) ? routes.explorer : routes.graphql;
  if (pathname === '/healthz') return routes.live;
  if (pathname === '/export' || pathname.startsWith('/export/')) return routes.exports;
  return routes.static;
}

const ANSWER_HEADERS = ['cache-control', 'content-disposition', 'content-encoding', 'content-length', 'etag'];

/**
 * The last resort for a handler that threw or rejected: logged in full, masked for the client. A request whose
 * connection was gone before it was read to the end (the client left, or a timeout cut it off) is no fault of the
 * server: one info line, and nobody left to answer.
 */
function failed(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  log: Logger,
  pathname: string,
  err: unknown,
): void {
  if (!req.complete && req.destroyed && res.destroyed) {
    log.info('request abandoned before its body arrived', {
      path: pathname,
      message: err instanceof Error ? err.message : String(err),
    });
    return;
  }
  log.error('http handler failed', {
    path: pathname,
    message: err instanceof Error ? err.message : String(err),
    stack: err instanceof Error ? err.stack : undefined,
  });
  if (res.writableEnded) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // What the handler meant for its own answer must not describe this one (a download name, a year of caching,
  // the policy of a page).
  for (const name of ANSWER_HEADERS) res.removeHeader(name);
  res.setHeader('content-security-policy', NO_CONTENT_CSP);
  sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}

/** Listens, turning "address in use" into an error that names the port and the variable that changes it. */
export function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
