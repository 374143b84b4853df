import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../errors/error-codes.ts';
import { requestPath } from './http-server.ts';
import { sendError } from './send-error.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * Serves the built client; unknown paths get index.html so client-side routes survive a reload. A target that is
 * no valid path gets 400; a file that fails while it is read rejects, and the server answers 500 (or cuts an
 * answer already under way) and logs why.
 */
export function createStaticHandler(clientRoot: string) {
  const root = path.resolve(clientRoot);
  const index = path.join(root, 'index.html');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, HEAD');
      res.end();
      return;
    }
    const target = requestPath(req.url);
    if (!target) {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request target is not a valid URL path.');
    }
    const candidate = path.join(root, target.decoded);
    const inside = candidate.startsWith(root + path.sep) || candidate === root;
    // Dot files (the build stamp, an editor's leftovers) are not part of the client and are never served.
    const hidden = path
      .relative(root, candidate)
      .split(path.sep)
      .some((part) => part.startsWith('.'));
    const file = inside && !hidden && isFile(candidate) ? candidate : index;
    if (!fs.existsSync(file)) {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('The client is not built. Run `npm run build:client` (npm start does it for you).');
      return;
    }
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    // Vite fingerprints asset names, so they may be cached for good; index.html must be revalidated.
    res.setHeader('cache-control', file === index ? 'no-cache' : 'public, max-age=31536000, immutable');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await streamFile(file, res);
  };
}

/**
 * Pipes a file into the answer. Resolves when the answer is closed; rejects when the file cannot be read (it
 * vanished after the check, it is a directory, no descriptor is left), which `pipe` alone would leave as an
 * unhandled 'error' event that stops the process.
 */
export function streamFile(file: string, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = fs.createReadStream(file);
    stream.on('error', reject);
    // A client that goes away mid-download would otherwise keep the descriptor open.
    res.once('close', () => {
      stream.destroy();
      resolve();
    });
    stream.pipe(res);
  });
}

/** False for anything but a regular file, and for what cannot even be looked up (a name too long, a NUL). */
function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}
