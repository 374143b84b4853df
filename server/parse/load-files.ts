// The entry point of the reading half: paths as an admin gives them (JSON documents, CSV files, or directories of
// them) → all records, combined per section, and every problem met on the way. Nothing stops at the first issue.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { importError, type ImportIssue } from '../errors/issues.ts';
import { parseCsv } from './parse-csv.ts';
import { parseJson } from './parse-json.ts';
import { readText } from './read-text.ts';
import { combineResults, emptyRecords, type ParseResult } from './records.ts';

const IMPORT_EXTENSIONS = ['.csv', '.json'];

export async function loadImportFiles(paths: readonly string[]): Promise<ParseResult> {
  const { files, issues } = await expandPaths(paths);
  const results = await Promise.all(files.map(loadFile));
  const combined = combineResults(results);
  return { records: combined.records, issues: [...issues, ...combined.issues] };
}

async function loadFile(file: string): Promise<ParseResult> {
  const read = await readText(file);
  if ('issue' in read) return { records: emptyRecords(), issues: [read.issue] };
  return extensionOf(file) === '.json' ? parseJson(file, read.text) : parseCsv(file, read.text);
}

/** Directories become their .csv and .json files, sorted so that issues come in a stable order. */
async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; issues: ImportIssue[] }> {
  const files: string[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    // The same file named twice (directly and through its directory) would report every id as a duplicate.
    const key = resolve(file);
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const names = (await readdir(path))
          .filter((name) => IMPORT_EXTENSIONS.includes(extensionOf(name)))
          .sort();
        if (names.length === 0)
          issues.push(importError('UNKNOWN_FILE', { file: path }, 'no .csv or .json files here'));
        names.forEach((name) => add(join(path, name)));
      } else if (IMPORT_EXTENSIONS.includes(extensionOf(path))) {
        add(path);
      } else {
        issues.push(
          importError('UNKNOWN_FILE', { file: path }, 'expected a .json or .csv file, or a directory'),
        );
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      issues.push(importError('UNREADABLE_FILE', { file: path }, `cannot read: ${reason}`));
    }
  }
  return { files, issues };
}

function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}
