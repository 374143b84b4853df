import http from 'node:http';
import type { Logger } from '../logging/logger.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface Routes {
  readonly graphql: Handler;
  readonly static: Handler;
  readonly live: Handler;
}

/** One HTTP server: the API at /graphql, liveness at /healthz, the client everywhere else. */
export function createHttpServer(routes: Routes, log: Logger): http.Server {
  return http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler =
      pathname === '/graphql' ? routes.graphql : pathname === '/healthz' ? routes.live : routes.static;
    Promise.resolve(handler(req, res)).catch((err: unknown) => {
      log.error('http handler failed', {
        path: pathname,
        message: err instanceof Error ? err.message : String(err),
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
