// docs/querying.md runs as written: every GraphQL query and curl command, over HTTP, against a server holding
// exactly the curated dataset, each answer compared with the output the page shows. All read-only.
import { describe, expect, it } from 'vitest';
import { docExamples, type GraphqlExample } from '../../support/docs/doc-examples.ts';
import { expectDocumented, json, useDocsServer } from '../../support/docs/docs-server.ts';
import { findLiteral, parseTrimmedJson } from '../../support/docs/trimmed-json.ts';

const page = docExamples('docs/querying.md');
const graphqlExamples = page.examples.filter((e): e is GraphqlExample => e.type === 'graphql');

describe('docs/querying.md runs as written (curated dataset, over HTTP)', () => {
  const docs = useDocsServer();

  it('finds every numbered question, each with a query, and every output block belongs to an example', () => {
    const { questions, orphanOutputs } = page;
    expect(questions.length).toBeGreaterThan(0);
    expect(questions).toEqual(questions.map((_, i) => i + 1));
    for (const n of questions) {
      expect(
        graphqlExamples.some((e) => e.name.startsWith(`${n}. `)),
        `question ${n} has no query`,
      ).toBe(true);
    }
    expect(orphanOutputs.map((o) => o.at)).toEqual([]);
    expect(graphqlExamples.filter((e) => e.outputs.length === 0).map((e) => e.name)).toEqual([]);
    expect(page.examples.some((e) => e.type === 'curl')).toBe(true);
  });

  // In page order; a query followed by several outputs gets one test per output.
  for (const example of page.examples) {
    if (example.type === 'curl') {
      it(example.name, () => docs.checkCurl(example));
      continue;
    }
    example.outputs.forEach((output, k) => {
      const name = k === 0 ? example.name : `${example.name} (then ${output.intro || `output ${k + 1}`})`;
      it(name, async () => {
        // Each further output is the answer with the endCursor the page shows in the output before it passed as
        // $after (the paging example).
        let variables: Record<string, unknown> | undefined;
        if (k > 0) {
          expect(example.query, `${example.at}: more outputs than pages`).toMatch(/\$after\b/);
          const cursors = findLiteral(parseTrimmedJson(example.outputs[k - 1]!.text), 'endCursor');
          expect(cursors).toHaveLength(1);
          variables = { after: cursors[0] };
        }
        const a = await docs.postQuery(example.query, variables);
        expect(a.status, a.text.slice(0, 500)).toBe(200);
        expectDocumented(output, json(a));
      });
    });
  }
});
