// docs/admin-api.md runs as written, with a test admin token. The page is a walk-through whose writes build on
// each other, so it runs as one test, in page order, as an admin following it would; every failure names the
// example and its line.
import { describe, expect, it } from 'vitest';
import { docExamples } from '../../support/docs/doc-examples.ts';
import { DOCS_ADMIN_TOKEN, expectDocumented, json, useDocsServer } from '../../support/docs/docs-server.ts';

const page = docExamples('docs/admin-api.md');

describe('docs/admin-api.md runs as written (curated dataset, over HTTP, admin token)', () => {
  const docs = useDocsServer();

  it('has curl and GraphQL examples, and no output without an example', () => {
    expect(page.examples.some((e) => e.type === 'curl')).toBe(true);
    expect(page.examples.some((e) => e.type === 'graphql')).toBe(true);
    expect(page.orphanOutputs).toEqual([]);
  });

  it('runs every example in page order with the answers the page shows', async () => {
    for (const example of page.examples) {
      if (example.type === 'curl') {
        await docs.checkCurl(example);
        continue;
      }
      const a = await docs.postQuery(example.query, undefined, {
        authorization: `Bearer ${DOCS_ADMIN_TOKEN}`,
      });
      expect(a.status, `${example.at}: ${a.text.slice(0, 500)}`).toBe(200);
      const body = json(a);
      expect(body.errors, example.at).toBeUndefined();
      for (const output of example.outputs) expectDocumented(output, body);
    }
  });
});
