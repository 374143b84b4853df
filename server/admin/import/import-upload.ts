// Mutation.runImport: the uploaded files go through the same runImport as `npm run seed` (validation, diff,
// audited write), in one transaction; only the mapping to the GraphQL result and the file names are ours.
import { SECTION_NAMES, type SectionName } from '../../domain/atlas-document.ts';
import { runImport } from '../../import/run-import.ts';
import type { ImportIssue } from '../../errors/issues.ts';
import { invalidInput, likelyDuplicates } from '../input-errors.ts';
import type { Writer } from '../writer.ts';
import { uploadedFiles, withUploadedFiles, type Upload } from './uploaded-files.ts';

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly allowDuplicates: boolean;
  readonly replaceSources: boolean;
}

/** The GraphQL ImportResult. */
export interface ImportReport {
  readonly dryRun: boolean;
  readonly counts: readonly { section: SectionName; created: number; updated: number; unchanged: number }[];
  readonly changes: readonly {
    section: SectionName;
    key: string;
    status: 'CREATED' | 'UPDATED';
    /** Changed fields of an updated record as a JSON array of {name, before, after}; `[]` for a created one. */
    fields: string;
  }[];
  readonly warnings: readonly ImportIssue[];
  readonly transactions: number;
}

export async function importUpload(
  writer: Writer,
  upload: Upload,
  options: ImportOptions,
): Promise<ImportReport> {
  const files = uploadedFiles(upload);
  return withUploadedFiles(files, async (paths, rename) => {
    const report = await runImport(writer.db, paths, {
      ...options,
      author: writer.author,
      singleTransactionOnly: true,
      fileNames: files.map((file) => file.name),
    });
    if (!report.ok) {
      if (report.errors.length > 0) throw invalidInput(report.errors.map(rename));
      throw likelyDuplicates(report.warnings.map(rename));
    }
    return {
      dryRun: report.dryRun,
      counts: SECTION_NAMES.map((section) => ({ section, ...report.counts[section] })),
      changes: report.changes.flatMap(({ section, key, status, fields }) =>
        status === 'unchanged'
          ? []
          : [
              {
                section,
                key,
                status: status === 'created' ? 'CREATED' : 'UPDATED',
                fields: JSON.stringify(fields),
              },
            ],
      ),
      warnings: report.warnings.map(rename),
      transactions: report.transactions,
    };
  });
}
