// docs/http-and-limits.md runs as written: its curl commands, over HTTP, against the curated dataset.
import { describe, expect, it } from 'vitest';
import { docExamples, type CurlExample } from '../../support/docs/doc-examples.ts';
import { useDocsServer } from '../../support/docs/docs-server.ts';

const page = docExamples('docs/http-and-limits.md');
const curls = page.examples.filter((e): e is CurlExample => e.type === 'curl');

describe('docs/http-and-limits.md runs as written (curated dataset, over HTTP)', () => {
  const docs = useDocsServer();

  it('has curl examples and no output without an example', () => {
    expect(curls.length).toBeGreaterThan(0);
    expect(page.orphanOutputs).toEqual([]);
  });

  for (const example of curls) it(example.name, () => docs.checkCurl(example));
});
