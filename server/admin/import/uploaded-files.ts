// An API import arrives as text; the importer reads files. The upload is written to a private temporary folder
// under the names the admin gave, read from there by the very code `npm run seed` uses, and removed afterwards.
// Issues are reported under the given names, never under the temporary path.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importError, type ImportIssue } from '../../errors/issues.ts';
import { invalidInput } from '../input-errors.ts';

export interface UploadedFile {
  readonly name: string;
  readonly content: string;
}

export interface Upload {
  readonly document?: string | null;
  readonly files?: readonly UploadedFile[] | null;
}

/** The name the `document` argument is imported under. */
export const DOCUMENT_NAME = 'document.json';

// A plain file name: no folders, no leading dot, so it cannot leave the temporary folder.
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.(csv|json)$/i;

/** The files of an upload, checked: at least one, plain .csv/.json names, no name twice. */
export function uploadedFiles(upload: Upload): UploadedFile[] {
  const files = [
    ...(upload.document === undefined || upload.document === null
      ? []
      : [{ name: DOCUMENT_NAME, content: upload.document }]),
    ...(upload.files ?? []),
  ];
  const issues: ImportIssue[] = [];
  if (files.length === 0) {
    issues.push(importError('UNKNOWN_FILE', { file: 'input' }, 'nothing to import: pass document or files'));
  }
  const seen = new Set<string>();
  for (const { name } of files) {
    if (!FILE_NAME.test(name)) {
      const message = 'expected a plain file name ending in .csv or .json (letters, digits, . _ -)';
      issues.push(importError('UNKNOWN_FILE', { file: name }, message));
    } else if (seen.has(name.toLowerCase())) {
      issues.push(importError('UNKNOWN_FILE', { file: name }, 'this file name is given twice'));
    }
    seen.add(name.toLowerCase());
  }
  if (issues.length > 0) throw invalidInput(issues);
  return files;
}

/** Runs `work` on the files written to a fresh temporary folder, then removes the folder whatever happens. */
export async function withUploadedFiles<T>(
  files: readonly UploadedFile[],
  work: (paths: string[], rename: (issue: ImportIssue) => ImportIssue) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-api-import-'));
  try {
    const paths = files.map((file) => path.join(dir, file.name));
    await Promise.all(files.map((file, i) => writeFile(paths[i]!, file.content, 'utf8')));
    const prefix = dir + path.sep;
    const strip = (file: string) => (file.startsWith(prefix) ? file.slice(prefix.length) : file);
    const rename = (issue: ImportIssue): ImportIssue => ({
      ...issue,
      file: strip(issue.file),
      ...(issue.other && { other: { ...issue.other, file: strip(issue.other.file) } }),
    });
    return await work(paths, rename);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
