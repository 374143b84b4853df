// "The README examples run as written": every GraphQL query and curl command of README.md's "Querying the atlas"
// section runs over HTTP against a server holding exactly the curated dataset, and its answer is compared with
// the output the README shows. README.md is parsed when the tests are collected, so the test follows its edits.
// The curl commands of "Limits and the HTTP endpoint" and of the admin API run too (with a test admin token).
//
// Comparison: a shown output without "…" must deep-equal the answer; one with "…" is compared by the rule in
// test/support/readme/trimmed-json.ts ("…" = one or more left-out array elements, object members or string
// characters; everything shown must match exactly and in place). An output that starts with "data" or "errors"
// is the whole response body; any other output is compared with `data` (and then `errors` must be absent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../server/app/start-atlas.ts';
import { sha256 } from '../../server/auth/authenticate.ts';
import type { Database } from '../../server/db/database.ts';
import { CURATED_DATASET } from '../../server/config/curated-dataset.ts';
import { runImport } from '../../server/import/run-import.ts';
import { curlRequest } from '../support/readme/curl.ts';
import {
  README_ORIGIN,
  readmeSection,
  sectionExamples,
  type CurlExample,
  type DocumentedOutput,
  type Example,
  type GraphqlExample,
} from '../support/readme/readme-examples.ts';
import { findLiteral, isComplete, mismatches, parseTrimmedJson } from '../support/readme/trimmed-json.ts';
import { connectTestDatabase, resetDatabase } from '../support/test-neo4j.ts';
import { startTestServer } from '../support/test-server.ts';

const ADMIN_TOKEN = 'readme-examples-test-token';
/** The shell variables the README's commands use. */
const SHELL_ENV = { ATLAS_TOKEN: ADMIN_TOKEN };

const querying = sectionExamples(readmeSection(/^<!-- querying:start -->\s*$/, /^<!-- querying:end -->\s*$/));
const limits = sectionExamples(
  readmeSection(/^## Limits and the HTTP endpoint\s*$/, /^(## |<!-- querying:start -->)/),
);
const admin = sectionExamples(readmeSection(/^<!-- admin-api:start -->\s*$/, /^<!-- admin-api:end -->\s*$/));

const graphqlExamples = (examples: Example[]) =>
  examples.filter((e): e is GraphqlExample => e.type === 'graphql');
const curlExamples = (examples: Example[]) => examples.filter((e): e is CurlExample => e.type === 'curl');

interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

const json = (a: HttpAnswer): Record<string, unknown> => JSON.parse(a.text) as Record<string, unknown>;

/** Compares an answer's JSON body with a documented output (complete, or trimmed with "…"). */
function expectDocumented(output: DocumentedOutput, body: Record<string, unknown>): void {
  const where = `README.md:${output.line}`;
  const pattern = parseTrimmedJson(output.text);
  const whole =
    pattern.type === 'object' && pattern.entries.some(([key]) => key === 'data' || key === 'errors');
  if (!whole) expect(body.errors, `${where} shows only data, but the answer has errors`).toBeUndefined();
  const actual = whole ? body : body.data;
  const message = `${where}, the answer was ${JSON.stringify(actual)}`;
  if (isComplete(output.text)) expect(actual, message).toStrictEqual(JSON.parse(output.text));
  else expect(mismatches(pattern, actual), message).toEqual([]);
}

describe('the comparison of trimmed README outputs', () => {
  const differences = (shown: string, actual: unknown) => mismatches(parseTrimmedJson(shown), actual);

  it('accepts what "…" may stand for', () => {
    expect(differences('[1, 2, …, 5]', [1, 2, 3, 4, 5])).toEqual([]);
    expect(differences('[1,\n …\n 3, …\n 5]', [1, 2, 3, 4, 5])).toEqual([]);
    expect(differences('{"a": 1, …}', { a: 1, b: 2 })).toEqual([]);
    expect(differences('{"s": "{\\"id\\":…}"}', { s: '{"id":"x"}' })).toEqual([]);
  });

  it('refuses every difference in what is shown', () => {
    expect(differences('[1, 2, …, 5]', [1, 3, 4, 5])).not.toEqual([]); // shown prefix differs
    expect(differences('[1, …, 4, 5]', [1, 2, 3, 5])).not.toEqual([]); // shown tail not contiguous at the end
    expect(differences('[1, …, 5]', [1, 5])).not.toEqual([]); // "…" is at least one element
    expect(differences('[1, …, 3, …, 5]', [1, 2, 4, 5, 6, 5])).not.toEqual([]); // middle element missing
    expect(differences('{"a": 1, …}', { b: 1 })).not.toEqual([]);
    expect(differences('{"a": [1, …]}', { a: [1, 2], b: 2 })).not.toEqual([]); // closed object, extra key
    expect(differences('{"a": [1, …]}', { a: [2, 2] })).not.toEqual([]);
    expect(differences('{"s": "ab…"}', { s: 'ab' })).not.toEqual([]);
    expect(differences('{"n": 1.5, …}', { n: 1.25 })).not.toEqual([]);
  });
});

describe('README.md examples run as written (curated dataset, over HTTP)', () => {
  let db: Database;
  let atlas: AtlasHandle;
  let server: string;
  let endpoint: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    const report = await runImport(db, [CURATED_DATASET]);
    expect(report.ok).toBe(true);
    atlas = await startTestServer({ ATLAS_ADMIN_TOKENS: `readme:${sha256(ADMIN_TOKEN).toString('hex')}` });
    server = atlas.url.replace(/\/$/, '');
    endpoint = `${server}/graphql`;
  });
  afterAll(async () => {
    await atlas?.stop();
    await db?.close();
  });

  /** POSTs `{"query": …}` (plus variables when given) as JSON, as the README says to. */
  const postQuery = async (
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(variables ? { query, variables } : { query }),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  /** A curl example: its answer is 200 and matches every output shown; without one, it is a clean answer. */
  const checkCurl = async (example: CurlExample) => {
    const request = curlRequest(example.command, { origin: README_ORIGIN, server }, SHELL_ENV);
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const text = await response.text();
    expect(response.status, text.slice(0, 500)).toBe(200);
    if (request.download) {
      // -OJ saves the answer under the name the server gives.
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
      expect(text.length).toBeGreaterThan(0);
      return;
    }
    const body = JSON.parse(text) as Record<string, unknown>;
    if (example.outputs.length === 0) expect(body.errors).toBeUndefined();
    for (const output of example.outputs) expectDocumented(output, body);
  };

  describe('"Querying the atlas"', () => {
    it('finds every numbered question, each with a query, and every output block belongs to an example', () => {
      const { questions, examples, orphanOutputs } = querying;
      expect(questions.length).toBeGreaterThan(0);
      expect(questions).toEqual(questions.map((_, i) => i + 1));
      for (const n of questions) {
        expect(
          graphqlExamples(examples).some((e) => e.name.startsWith(`${n}. `)),
          `question ${n} has no query`,
        ).toBe(true);
      }
      expect(orphanOutputs.map((o) => `README.md:${o.line}`)).toEqual([]);
      expect(
        graphqlExamples(examples)
          .filter((e) => e.outputs.length === 0)
          .map((e) => e.name),
      ).toEqual([]);
      expect(curlExamples(examples).length).toBeGreaterThan(0);
    });

    // In README order; a query followed by several outputs gets one test per output.
    for (const example of querying.examples) {
      if (example.type === 'curl') {
        it(example.name, () => checkCurl(example));
        continue;
      }
      example.outputs.forEach((output, k) => {
        const name = k === 0 ? example.name : `${example.name} (then ${output.intro || `output ${k + 1}`})`;
        it(name, async () => {
          // Each further output is the answer with the endCursor the README shows in the output before it
          // passed as $after (the README's paging example).
          let variables: Record<string, unknown> | undefined;
          if (k > 0) {
            expect(example.query, `README.md:${example.line}: more outputs than pages`).toMatch(/\$after\b/);
            const cursors = findLiteral(parseTrimmedJson(example.outputs[k - 1]!.text), 'endCursor');
            expect(cursors).toHaveLength(1);
            variables = { after: cursors[0] };
          }
          const a = await postQuery(example.query, variables);
          expect(a.status, a.text.slice(0, 500)).toBe(200);
          expectDocumented(output, json(a));
        });
      });
    }
  });

  describe('"Limits and the HTTP endpoint"', () => {
    it('has curl examples', () => {
      expect(curlExamples(limits.examples).length).toBeGreaterThan(0);
      expect(limits.orphanOutputs).toEqual([]);
    });
    for (const example of curlExamples(limits.examples)) {
      it(example.name, () => checkCurl(example));
    }
  });

  // Last: the admin examples change the data.
  describe('"Admin API" (with a test admin token)', () => {
    it('has curl and GraphQL examples', () => {
      expect(curlExamples(admin.examples).length).toBeGreaterThan(0);
      expect(admin.orphanOutputs).toEqual([]);
    });
    for (const example of curlExamples(admin.examples)) {
      it(example.name, () => checkCurl(example));
    }
    for (const example of graphqlExamples(admin.examples)) {
      it(example.name, async () => {
        const a = await postQuery(example.query, undefined, { authorization: `Bearer ${ADMIN_TOKEN}` });
        expect(a.status, a.text.slice(0, 500)).toBe(200);
        const body = json(a);
        expect(body.errors).toBeUndefined();
        for (const output of example.outputs) expectDocumented(output, body);
      });
    }
  });
});
