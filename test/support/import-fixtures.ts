// Small import files for the seed tests: a temp directory per test, and a valid base document (sources, terms,
// regions) that each test extends with the records it is about.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadImportFiles } from '../../server/parse/load-files.ts';
import type { ExistingGraph } from '../../server/validate/existing-graph.ts';
import { EMPTY_GRAPH } from '../../server/validate/in-memory-graph.ts';
import { validateImport, type ValidationResult } from '../../server/validate/validate-document.ts';
import type { ImportIssue } from '../../server/errors/issues.ts';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-'));
}

/** Writes files into a fresh temp directory and returns their paths by name. */
export function writeFiles(files: Record<string, string | Uint8Array>): {
  dir: string;
  paths: Record<string, string>;
} {
  const dir = tempDir();
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = path.join(dir, name);
    fs.writeFileSync(paths[name], content);
  }
  return { dir, paths };
}

/** The line of a JSON record's opening brace, when pretty-printed with its id as first field. */
export function recordLine(json: string, id: string): number {
  // 0-based index of the id's line = 1-based number of the line above it, where the brace is.
  return json.split('\n').findIndex((line) => line.includes(`"id": "${id}"`));
}

const verified = { sources: ['doc-004'], lastVerified: '2026-11-21' };

const term = (vocabulary: string, key: string) => ({
  vocabulary,
  key,
  labelDe: key,
  labelEn: key,
  definition: `the ${key}`,
});

type Loose = Record<string, unknown>;

/** Loosely typed on purpose: tests put invalid values in. */
export interface TestDocument {
  format: string;
  sources: Loose[];
  terms: Loose[];
  regions: Loose[];
  actors: Loose[];
  relationships: Loose[];
  [section: string]: unknown;
}

export function baseDocument(): TestDocument {
  return {
    format: 'integration-atlas/1',
    sources: [{ id: 'doc-004', title: 'Integrationskonzept', dateRead: '2026-11-21' }],
    terms: [
      ...['agency', 'body', 'welfareOrganisation', 'commissioner'].map((key) => term('actorKind', key)),
      term('bodyKind', 'workingGroup'),
      term('programKind', 'fundingProgram'),
      ...['course', 'counselling'].map((key) => term('measureKind', key)),
      term('cooperationKind', 'informationExchange'),
      ...['member', 'chair'].map((key) => term('membershipRole', key)),
      term('provisionRole', 'provider'),
      term('runRole', 'coordinator'),
      ...['state', 'land', 'regierungsbezirk', 'kreis', 'gemeinde'].map((key) => term('regionLevel', key)),
    ],
    regions: [
      { id: 'de', name: 'Deutschland', level: 'state', country: 'DE', ...verified },
      { id: 'hessen', name: 'Hessen', level: 'land', country: 'DE', code: '06', partOf: 'de', ...verified },
      {
        id: 'rb-giessen',
        name: 'Gießen',
        level: 'regierungsbezirk',
        country: 'DE',
        code: '065',
        partOf: 'hessen',
        ...verified,
      },
      {
        id: 'lahn-dill',
        name: 'Lahn-Dill-Kreis',
        level: 'kreis',
        country: 'DE',
        code: '06532',
        partOf: 'rb-giessen',
        ...verified,
      },
    ],
    actors: [],
    relationships: [],
  };
}

export const VERIFIED = verified;

/** Writes the document as pretty JSON, loads and validates it; parse issues come first in `errors`. */
export async function validateJson(
  document: unknown,
  existing: ExistingGraph = EMPTY_GRAPH,
): Promise<ValidationResult & { file: string; json: string }> {
  const json = JSON.stringify(document, null, 2);
  const { paths } = writeFiles({ 'import.json': json });
  const file = paths['import.json'] ?? '';
  const loaded = await loadImportFiles([file]);
  const result = validateImport(loaded.records, existing);
  return { ...result, errors: [...loaded.issues, ...result.errors], file, json };
}

/** The parts of issues the tests assert on: never the message text. */
export function summary(issues: readonly ImportIssue[]): { code: string; line?: number; field?: string }[] {
  return issues.map(({ code, line, field }) => ({
    code,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
  }));
}
