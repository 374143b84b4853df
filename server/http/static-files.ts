import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { ErrorCode } from '../errors/error-codes.ts';
import { CompressedFiles } from './compressed-files.ts';
import { acceptedCoding, addVary } from './compression.ts';
import { requestPath } from './http-server.ts';
import { CLIENT_CSP } from './security-headers.ts';
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
 * Types sent compressed to a client that accepts it: text, and TrueType (an uncompressed format; the explorer's
 * icon font goes from 80 KB to 42 KB). PNG, WOFF and WOFF2 are compressed already.
 */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf']);

/** Compressed files kept in memory: the whole client build, br and gzip, takes about 5 MB (docs/http-and-limits.md). */
const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;
/** A compressible file larger than this is streamed as it is rather than read whole into memory. */
const MAX_COMPRESSED_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The explorer's page (client/dist/explorer/) is not one of the client's files: it is served at /graphql only,
 * under its own policy (explorer-page.ts); here its paths are unknown paths like any other.
 */
const NOT_CLIENT_FILES = 'explorer';

/**
 * Serves the built client; unknown paths get index.html so client-side routes survive a reload. Every file goes
 * out with the client's content security policy (security-headers.ts). A target that is no valid path gets 400;
 * a file that fails while it is read rejects, and the server answers 500 (or cuts an answer already under way)
 * and logs why. Text files go out compressed (br or gzip) to a client that accepts it,
 * each version compressed once and kept (compressed-files.ts), up to `cacheBytes` in all.
 */
export function createStaticHandler(clientRoot: string, { cacheBytes = DEFAULT_CACHE_BYTES } = {}) {
  const root = path.resolve(clientRoot);
  const index = path.join(root, 'index.html');
  const compressed = new CompressedFiles(cacheBytes);
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
    // Dot files (the build stamp, an editor's leftovers) are not part of the client and are never served; nor is
    // the explorer's folder.
    const parts = path.relative(root, candidate).split(path.sep);
    const hidden = parts.some((part) => part.startsWith('.')) || parts[0] === NOT_CLIENT_FILES;
    const file = inside && !hidden && isFile(candidate) ? candidate : index;
    if (!fs.existsSync(file)) {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('The client is not built. Run `npm run build:client` (npm start does it for you).');
      return;
    }
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('content-security-policy', CLIENT_CSP);
    // Vite fingerprints asset names, so they may be cached for good; index.html must be revalidated.
    res.setHeader('cache-control', file === index ? 'no-cache' : 'public, max-age=31536000, immutable');
    await sendFile(req, res, file, COMPRESSIBLE.has(path.extname(file)) ? compressed : undefined);
  };
}

/**
 * Ends the answer with the file (status and type already set): compressed when `compressed` is given, the client
 * accepts a coding of ours and that makes it smaller, else as it is. Content-Length is always set; a HEAD gets the
 * headers only. Everything is read through one descriptor, so the length, the version compressed and the bytes
 * sent are those of the same file even when a rebuild replaces it meanwhile.
 */
async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  compressed: CompressedFiles | undefined,
): Promise<void> {
  const handle = await fs.promises.open(file, 'r');
  let streaming = false;
  try {
    const stat = await handle.stat();
    // A directory opens on Linux; reading it would fail with EISDIR half-way, so it fails here instead.
    if (!stat.isFile()) throw new Error(`${file} is not a regular file`);
    if (compressed) {
      addVary(res, 'accept-encoding');
      const coding = acceptedCoding(req);
      if (coding !== 'identity' && stat.size <= MAX_COMPRESSED_FILE_BYTES) {
        const body = await compressed.get(file, handle, stat, coding);
        if (body) {
          res.setHeader('content-encoding', coding);
          res.setHeader('content-length', body.length);
          res.end(req.method === 'HEAD' ? undefined : body);
          return;
        }
      }
    }
    res.setHeader('content-length', stat.size);
    if (req.method === 'HEAD' || stat.size === 0) {
      res.end();
      return;
    }
    streaming = true;
    // The stream closes the descriptor when it ends, fails or is destroyed.
    await pipeToAnswer(handle.createReadStream({ start: 0, end: stat.size - 1 }), res);
  } finally {
    if (!streaming) await handle.close();
  }
}

/**
 * Pipes a file into the answer. Resolves when the answer is closed; rejects when the file cannot be read (it
 * vanished after the check, it is a directory, no descriptor is left), which `pipe` alone would leave as an
 * unhandled 'error' event that stops the process.
 */
export function streamFile(file: string, res: ServerResponse): Promise<void> {
  return pipeToAnswer(fs.createReadStream(file), res);
}

function pipeToAnswer(stream: Readable, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
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
