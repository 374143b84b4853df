import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { negotiateEncoding, type ContentCoding } from './negotiate.ts';

/**
 * Answers smaller than this go out as they are: below a few KB the bytes saved do not pay for the work, and
 * GraphQL errors and most single-record answers stay readable on the wire.
 */
export const COMPRESS_MIN_BYTES = 8 * 1024;

/**
 * Brotli quality 5 and gzip level 6: measured on the national network answer (6.5 MB of JSON) and the explorer's
 * largest bundle (2.8 MB), quality 5 is as fast as gzip's default and smaller; quality 11 is 10–25 % smaller but
 * takes seconds per megabyte (docs/http-and-limits.md, Compression).
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Compresses on libuv's thread pool (zlib's asynchronous API), so the event loop keeps serving other requests
 * while a large answer is compressed.
 */
export function compress(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  if (coding === 'gzip') return gzip(body, { level: GZIP_LEVEL });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** The coding the request accepts best (`identity` when none of ours, or when the header does not parse). */
export function acceptedCoding(req: IncomingMessage): ContentCoding | 'identity' {
  return negotiateEncoding(req.headers['accept-encoding']);
}

/** Adds `token` to the answer's Vary header, keeping what is there (`accept` on /graphql). */
export function addVary(res: ServerResponse, token: string): void {
  const current = res.getHeader('vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.some((v) => v === '*' || v.toLowerCase() === token.toLowerCase())) return;
  res.setHeader('vary', [...values, token].join(', '));
}

/**
 * Ends the answer with `body` (status and the other headers already set), compressed with the coding the client
 * accepts best when the body is at least `minBytes` and compression makes it smaller. Sets Content-Length (and
 * Content-Encoding), adds `Vary: Accept-Encoding`; a HEAD gets the same headers without the body.
 */
export async function sendCompressible(
  req: IncomingMessage,
  res: ServerResponse,
  body: string | Buffer,
  minBytes = COMPRESS_MIN_BYTES,
): Promise<void> {
  addVary(res, 'accept-encoding');
  const plain = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const coding = acceptedCoding(req);
  let sent = plain;
  if (coding !== 'identity' && plain.length >= minBytes) {
    const compressed = await compress(plain, coding);
    if (compressed.length < plain.length) {
      res.setHeader('content-encoding', coding);
      sent = compressed;
    }
  }
  res.setHeader('content-length', sent.length);
  res.end(req.method === 'HEAD' ? undefined : sent);
}
