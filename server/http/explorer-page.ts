import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { streamFile } from './static-files.ts';

/**
 * The browser may load nothing from another origin: everything the explorer needs is bundled into client/dist,
 * so a stray CDN reference in a future GraphiQL release is blocked here instead of leaking the user's queries.
 * Inline styles are allowed because the editor (Monaco) sets them on its elements.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the offline GraphQL explorer (client/explorer, built into client/dist/explorer) at /graphql, and only
 * there: the client's file handler does not serve client/dist/explorer/, so the page never goes out under another
 * policy. Its scripts and styles are chunks under /assets/ like the client's.
 */
export function createExplorerHandler(clientDist: string) {
  const page = path.join(clientDist, 'explorer', 'index.html');
  return (req: IncomingMessage, res: ServerResponse): Promise<void> | void => {
    if (!fs.existsSync(page)) {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('The explorer is not built. Run `npm run build:client` (npm start does it for you).');
      return;
    }
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', EXPLORER_CSP);
    // The same URL answers JSON to API clients: caches must keep the two apart.
    res.setHeader('vary', 'accept');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A read error rejects, and the HTTP layer answers 500 or closes the response; it never stops the server.
    return streamFile(page, res);
  };
}
