// A server holding exactly the curated dataset, for running the examples of docs/ as a reader would, and the
// comparison of an answer with the output a page shows.
//
// Comparison: a shown output without "…" must deep-equal the answer; one with "…" is compared by the rule in
// trimmed-json.ts ("…" = one or more left-out array elements, object members or string characters; everything
// shown must match exactly and in place). An output that starts with "data" or "errors" is the whole response
// body; any other output is compared with `data` (and then `errors` must be absent).
import { afterAll, beforeAll, expect } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import { sha256 } from '../../../server/auth/authenticate.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import type { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { connectTestDatabase, resetDatabase } from '../test-neo4j.ts';
import { startTestServer } from '../test-server.ts';
import { curlRequest } from './curl.ts';
import { DOCS_ORIGIN, type CurlExample, type DocumentedOutput } from './doc-examples.ts';
import { isComplete, mismatches, parseTrimmedJson } from './trimmed-json.ts';

export const DOCS_ADMIN_TOKEN = 'docs-examples-test-token';
/** The shell variables the documented commands use. */
const SHELL_ENV = { ATLAS_TOKEN: DOCS_ADMIN_TOKEN };

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
}

export interface DocsServer {
  /** POSTs `{"query": …}` (plus variables when given) as JSON, as the docs say to. */
  postQuery(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<HttpAnswer>;
  /** A curl example: its answer is 200 and matches every output shown; without one, it is a clean answer. */
  checkCurl(example: CurlExample): Promise<void>;
}

/** Registers the hooks: the curated dataset alone in the database, and a server with a test admin token. */
export function useDocsServer(): DocsServer {
  let db: Database | undefined;
  let atlas: AtlasHandle | undefined;
  let server = '';

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    const report = await runImport(db, [CURATED_DATASET]);
    expect(report.ok).toBe(true);
    atlas = await startTestServer({ ATLAS_ADMIN_TOKENS: `docs:${sha256(DOCS_ADMIN_TOKEN).toString('hex')}` });
    server = atlas.url.replace(/\/$/, '');
  });
  afterAll(async () => {
    await atlas?.stop();
    await db?.close();
  });

  return {
    async postQuery(query, variables, headers = {}) {
      const response = await fetch(`${server}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(variables ? { query, variables } : { query }),
      });
      return { status: response.status, text: await response.text() };
    },
    async checkCurl(example) {
      const request = curlRequest(example.command, { origin: DOCS_ORIGIN, server }, SHELL_ENV);
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      const text = await response.text();
      expect(response.status, `${example.at}: ${text.slice(0, 500)}`).toBe(200);
      if (request.download) {
        // -OJ saves the answer under the name the server gives.
        expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
        expect(text.length).toBeGreaterThan(0);
        return;
      }
      const body = JSON.parse(text) as Record<string, unknown>;
      if (example.outputs.length === 0) expect(body.errors, example.at).toBeUndefined();
      for (const output of example.outputs) expectDocumented(output, body);
    },
  };
}

export const json = (a: HttpAnswer): Record<string, unknown> => JSON.parse(a.text) as Record<string, unknown>;

/** Compares an answer's JSON body with a documented output (complete, or trimmed with "…"). */
export function expectDocumented(output: DocumentedOutput, body: Record<string, unknown>): void {
  const pattern = parseTrimmedJson(output.text);
  const whole =
    pattern.type === 'object' && pattern.entries.some(([key]) => key === 'data' || key === 'errors');
  if (!whole) expect(body.errors, `${output.at} shows only data, but the answer has errors`).toBeUndefined();
  const actual = whole ? body : body.data;
  const message = `${output.at}, the answer was ${JSON.stringify(actual)}`;
  if (isComplete(output.text)) expect(actual, message).toStrictEqual(JSON.parse(output.text));
  else expect(mismatches(pattern, actual), message).toEqual([]);
}
