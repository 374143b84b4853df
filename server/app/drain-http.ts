import type http from 'node:http';
import { ErrorCode } from '../errors/error-codes.ts';
import { sendError } from '../http/send-error.ts';

/** What a drain found and did: requests in flight when it began, and how many of them the grace cut off. */
export interface DrainOutcome {
  readonly inFlight: number;
  readonly cut: number;
}

export interface HttpDrain {
  /**
   * Stops listening at once (new connections are refused), answers requests that still arrive on open
   * connections with 503 SHUTTING_DOWN and `Connection: close`, lets those in flight finish (their answers close
   * the connection) for at most `graceMs`, then closes every connection left. Resolves once all are closed.
   */
  drain(graceMs: number): Promise<DrainOutcome>;
}

/**
 * Takes over the request listener of `server` (call it before the server listens) so that it can drain: until
 * then every request goes to the server's own handler as before.
 */
export function drainable(server: http.Server): HttpDrain {
  const handlers = server.listeners('request') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('request');
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining) return refuse(res);
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    for (const handler of handlers) handler.call(server, req, res);
  });
  let outcome: Promise<DrainOutcome> | undefined;
  return {
    drain(graceMs) {
      outcome ??= new Promise<DrainOutcome>((resolve) => {
        draining = true;
        const busy = [...inFlight];
        for (const res of busy) closeAfter(res);
        let cut = 0;
        const grace = setTimeout(() => {
          cut = inFlight.size;
          server.closeAllConnections();
        }, graceMs);
        // Stops listening; Node closes the idle kept-alive connections with it. The callback runs once the last
        // connection is gone (or at once when the server was not listening).
        server.close(() => {
          clearTimeout(grace);
          resolve({ inFlight: busy.length, cut });
        });
        server.closeIdleConnections();
      });
      return outcome;
    },
  };
}

/** The answer to a request that arrived after the drain began, on a connection that was already open. */
function refuse(res: http.ServerResponse): void {
  res.setHeader('connection', 'close');
  res.setHeader('retry-after', '5');
  sendError(res, 503, ErrorCode.SHUTTING_DOWN, 'The server is shutting down; send the request again later.');
}

/** A request in flight finishes, but its connection is not kept for another. */
function closeAfter(res: http.ServerResponse): void {
  if (!res.headersSent) {
    res.setHeader('connection', 'close');
    return;
  }
  // Already answering (a streamed export): the header is gone, so end the connection once the answer is.
  const socket = res.socket;
  res.once('finish', () => socket?.end());
}
