import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Liveness at /healthz: the process answers HTTP. It asks nothing of Neo4j (that is `Query.health`), so a
 * supervisor does not restart the server while the database is away.
 */
export function createLiveHandler() {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('content-type', 'application/json');
    res.end('{"status":"ok"}');
  };
}
