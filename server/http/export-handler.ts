import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AtlasDocument } from '../domain/atlas-document.ts';
import { CSV_FILE_NAMES } from '../domain/fields.ts';
import { documentToGraph } from '../export/document-to-graph.ts';
import { ExportError } from '../export/export-error.ts';
import { readPart } from '../export/select-part.ts';
import { csvHeader, toCsvFiles } from '../export/to-csv.ts';
import { networkGraph } from '../export/network-graph.ts';
import { toGraphml } from '../export/to-graphml.ts';
import { toJson } from '../export/to-json.ts';
import type { Database } from '../db/database.ts';
import { isAppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { Deadline, DeadlineExceededError } from '../graphql/limits/deadline.ts';
import { limitDetails } from '../graphql/limits/limit-error.ts';
import { sendCompressible } from './compression.ts';
import { ConcurrencySlots } from './concurrency-slots.ts';
import { EXPORT_PATHS, exportFilter, exportTarget, type ExportTarget } from './export-routes.ts';
import { sendError } from './send-error.ts';

/** Status of the AppErrors an export answers itself; any other error is masked and logged by http-server.ts. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.LIMIT_EXCEEDED]: 504,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

/**
 * Seconds a client refused for want of an export slot is asked to wait: about what a national export takes on a
 * busy machine (docs/http-and-limits.md).
 */
export const EXPORT_RETRY_AFTER_SECONDS = 5;

/** Why an export stopped before its answer: the client closed the connection; nobody is left to answer. */
class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection before the export was ready.');
    this.name = 'ClientGoneError';
  }
}

interface ExportFile {
  readonly name: string;
  readonly contentType: string;
  readonly text: string;
}

/**
 * Read-only downloads of the graph for researchers without the CLI (`npm run export` does the same): the whole
 * atlas or a filtered part, as the JSON import format, GraphML, or one CSV file per section.
 *
 * Each export re-reads the graph and renders it in memory, so at most `maxConcurrentExports` run at once
 * (ATLAS_MAX_CONCURRENT_EXPORTS); one more is refused at once with 503 LIMIT_EXCEEDED and Retry-After. A slot is
 * held from the first read until the answer is handed to the socket, and given back however the export ends:
 * answered, failed, past its deadline, or its client gone (then its reads are ended too).
 */
export function createExportHandler(db: Database, deadlineMs: number, maxConcurrentExports = 2) {
  const slots = new ConcurrencySlots(maxConcurrentExports);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendError(res, 405, ErrorCode.BAD_REQUEST, 'Exports are read-only: use GET or HEAD.');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = exportTarget(url.pathname);
    if (!target) {
      return sendError(res, 404, ErrorCode.NOT_FOUND, `There is no export at ${url.pathname}.`, {
        extensions: { available: EXPORT_PATHS },
      });
    }
    const release = slots.tryTake();
    if (!release) {
      res.setHeader('retry-after', String(EXPORT_RETRY_AFTER_SECONDS));
      return sendError(
        res,
        503,
        ErrorCode.LIMIT_EXCEEDED,
        `${slots.size} exports are running, as many as may run at once (ATLAS_MAX_CONCURRENT_EXPORTS); ` +
          `try again in ${EXPORT_RETRY_AFTER_SECONDS} s.`,
        { extensions: limitDetails('maxConcurrentExports', slots.size) },
      );
    }
    try {
      return await exportOnce(req, res, target, url, db, deadlineMs);
    } finally {
      release();
    }
  };
}

/** One export that holds a slot: read, render, answer. */
async function exportOnce(
  req: IncomingMessage,
  res: ServerResponse,
  target: ExportTarget,
  url: URL,
  db: Database,
  deadlineMs: number,
): Promise<void> {
  let file: ExportFile;
  // The deadline binds the reads' transactions too: at the deadline they end, not only the waiting. A client
  // that goes away stops them the same way, so its slot is free again at once.
  const deadline = new Deadline(deadlineMs);
  const gone = () => {
    if (!res.writableFinished) deadline.stop(new ClientGoneError());
  };
  res.once('close', gone);
  try {
    try {
      const doc = await deadline.race(readPart(db.within(deadline), exportFilter(url.searchParams)));
      file = render(target, doc);
    } finally {
      deadline.dispose();
      res.off('close', gone);
    }
  } catch (err) {
    if (err instanceof ClientGoneError) return;
    if (err instanceof DeadlineExceededError) {
      return sendError(res, 504, ErrorCode.LIMIT_EXCEEDED, err.message, {
        extensions: limitDetails('deadlineMs', deadlineMs),
      });
    }
    if (err instanceof ExportError) {
      // The data holds something this format cannot say; the message names the record, JSON always works.
      return sendError(res, 409, ErrorCode.CONFLICT, err.message, { extensions: { reason: err.code } });
    }
    const status = isAppError(err) ? STATUS_BY_CODE[err.code] : undefined;
    if (!isAppError(err) || status === undefined) throw err;
    return sendError(res, status, err.code, err.message, { extensions: err.details });
  }
  res.statusCode = 200;
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-disposition', `attachment; filename="${file.name}"`);
  // The graph changes with every import: a download must never come from a cache.
  res.setHeader('cache-control', 'no-store');
  // Compressed for a client that accepts it (a browser, `curl --compressed`); saved files are the plain text.
  return sendCompressible(req, res, file.text);
}

function render(target: ExportTarget, doc: AtlasDocument): ExportFile {
  switch (target.format) {
    case 'json':
      return { name: 'atlas.json', contentType: 'application/json; charset=utf-8', text: toJson(doc) };
    case 'graphml':
      return {
        name: 'atlas.graphml',
        contentType: 'application/graphml+xml; charset=utf-8',
        text: toGraphml(documentToGraph(doc), { title: 'Integration Atlas' }),
      };
    case 'network':
      return {
        name: 'network.graphml',
        contentType: 'application/graphml+xml; charset=utf-8',
        text: toGraphml(networkGraph(documentToGraph(doc)), { title: 'Integration Atlas: network' }),
      };
    case 'csv': {
      const name = CSV_FILE_NAMES[target.section];
      const text = toCsvFiles(doc).get(name) ?? csvHeader(target.section);
      return { name, contentType: 'text/csv; charset=utf-8; header=present', text };
    }
  }
}
