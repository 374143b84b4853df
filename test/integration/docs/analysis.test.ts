// docs/analysis.md runs as written: every GraphQL example of the analysis fields, over HTTP, against a server
// holding exactly the curated dataset, each answer compared with the output the page shows. The examples fix their
// day (`at`), so the answers do not change with the date. All read-only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config/project-root.ts';
import { docExamples, type GraphqlExample } from '../../support/docs/doc-examples.ts';
import { expectDocumented, json, useDocsServer } from '../../support/docs/docs-server.ts';
import { parseTrimmedJson } from '../../support/docs/trimmed-json.ts';

const PAGE = 'docs/analysis.md';
const page = docExamples(PAGE);
const graphqlExamples = page.examples.filter((e): e is GraphqlExample => e.type === 'graphql');
const ANALYSIS_FIELDS = [
  'coverage',
  'compare',
  'kreisCoverage',
  'overlaps',
  'networkStructure',
  'suggestedPartners',
  'bodyGaps',
  'bodyMemberships',
];
/** A call of an analysis field and its arguments (none of them holds a parenthesis). */
const ANALYSIS_CALL = new RegExp(`\\b(${ANALYSIS_FIELDS.join('|')})\\s*\\(([^)]*)\\)`, 'g');
const prose = fs.readFileSync(path.join(projectRoot, PAGE), 'utf8').replace(/\s+/g, ' ');

/** The numbers a sentence of the page states, e.g. "21 of 198 cells non-empty"; fails when the page lost it. */
function stated(pattern: RegExp): number[] {
  const match = pattern.exec(prose);
  expect(match, `${PAGE} no longer says ${String(pattern)}: update this test with the page`).not.toBeNull();
  return match!.slice(1).map(Number);
}

interface CountedMatrix {
  cells: { count: number }[];
  gaps: { nearest: unknown[]; programs: unknown[]; funders: unknown[] }[];
}

describe('docs/analysis.md runs as written (curated dataset, over HTTP)', () => {
  const docs = useDocsServer();

  it('has GraphQL examples only, each with an output that parses, each with a fixed day', () => {
    expect(graphqlExamples.length).toBeGreaterThan(0);
    expect(page.examples.filter((e) => e.type !== 'graphql').map((e) => e.at)).toEqual([]);
    expect(page.orphanOutputs.map((o) => o.at)).toEqual([]);
    expect(graphqlExamples.filter((e) => e.outputs.length !== 1).map((e) => e.at)).toEqual([]);
    // Each analysis field has an example.
    const shown = new Set(
      graphqlExamples.flatMap((e) => [...e.query.matchAll(ANALYSIS_CALL)].map((c) => c[1])),
    );
    expect([...shown].sort()).toEqual([...ANALYSIS_FIELDS].sort());
    for (const example of graphqlExamples) {
      for (const output of example.outputs)
        expect(() => parseTrimmedJson(output.text), output.at).not.toThrow();
      // Every analysis field defaults to today: without a fixed `at` the answer would change with the date.
      for (const call of example.query.matchAll(ANALYSIS_CALL)) {
        expect(call[2], `${example.at}: ${call[1]} needs at: "YYYY-MM-DD"`).toMatch(
          /\bat:\s*"\d{4}-\d{2}-\d{2}"/,
        );
      }
    }
  });

  // In page order, one test per example.
  for (const example of graphqlExamples) {
    it(example.name, async () => {
      const a = await docs.postQuery(example.query);
      expect(a.status, `${example.at}: ${a.text.slice(0, 500)}`).toBe(200);
      for (const output of example.outputs) expectDocumented(output, json(a));
    });
  }

  // The coverage counts the prose gives and no output can show at a readable length (the whole 198-cell matrix),
  // read from the page and checked against the same server.
  it('the coverage counts stated in the prose ("N of M cells non-empty", "K cells are gaps, J of them with an alternative")', async () => {
    const [nonEmpty, cells] = stated(/(\d+) of (\d+) cells non-empty/);
    const [gaps, withAlternative] = stated(
      /(\d+) cells are gaps, (\d+) of them with an alternative elsewhere/,
    );
    const a = await docs.postQuery(`{
      coverage(region: "de-landkreis-doc-004", at: "2026-11-21") {
        cells { count }
        gaps { nearest { distance } programs { initiativeIds } funders { initiativeIds } }
      }
    }`);
    expect(a.status, a.text.slice(0, 500)).toBe(200);
    const body = json(a) as { data?: { coverage: CountedMatrix }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const matrix = body.data!.coverage;
    expect({
      cells: matrix.cells.length,
      nonEmpty: matrix.cells.filter((c) => c.count > 0).length,
      gaps: matrix.gaps.length,
      withAlternative: matrix.gaps.filter((g) => g.nearest.length + g.programs.length + g.funders.length > 0)
        .length,
    }).toEqual({ cells, nonEmpty, gaps, withAlternative });
  });
});
