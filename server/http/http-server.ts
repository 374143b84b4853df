import http from 'node:http';
import type { Logger } from '../logging/logger.ts';
import { wantsExplorer } from './media-types.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface Routes {
  readonly graphql: Handler;
  readonly explorer: Handler;
  readonly exports: Handler;
  readonly static: Handler;
  readonly live: Handler;
}

/**
 * One HTTP server: the API at /graphql (and the explorer there, for a browser), liveness at /healthz, file
 * exports under /export/, the client everywhere else.
 */
export function createHttpServer(routes: Routes, log: Logger): http.Server {
  return http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = route(routes, req, pathname);
    Promise.resolve(handler(req, res)).catch((err: unknown) => {
      log.error('http handler failed', {
        path: pathname,
        message: err instanceof Error ? err.message : String(err),
        stack: err instanceof Error ? err.stack : undefined,
      });
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(
          JSON.stringify({
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          }),
        );
      } else {
        res.destroy();
      }
    });
  });
}

function route(routes: Routes, req: http.IncomingMessage, pathname: string): Handler {
  if (pathname === '/graphql') return wantsExplorer(req) ? routes.explorer : routes.graphql;
  if (pathname === '/healthz') return routes.live;
  if (pathname === '/export' || pathname.startsWith('/export/')) return routes.exports;
  return routes.static;
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
