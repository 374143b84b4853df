// Mutation.runImport: the importer's stages (seed/import/run-import.ts) — parse the files, validate against a
// snapshot of the database, plan the diff with planChanges — composed here instead of calling runImport, because
// runImport commits through writeDocument's own transaction and the audit entries must commit in the same one.
// The stages are the importer's own functions; only the final write differs (importer's statements, our
// transaction). A test compares this path with runImport on the same files.
import type { SectionName } from '../../../seed/model/atlas-document.ts';
import { SECTION_NAMES } from '../../../seed/model/atlas-document.ts';
import { loadImportFiles } from '../../../seed/parse/load-files.ts';
import type { ImportIssue } from '../../../seed/validate/issues.ts';
import { lookupKeys } from '../../../seed/validate/lookup-keys.ts';
import { sortIssues, validateImport } from '../../../seed/validate/validate-document.ts';
import { loadExistingGraph } from '../../../seed/write/load-existing.ts';
import { planChanges } from '../../../seed/write/plan-changes.ts';
import { SINGLE_TRANSACTION_LIMIT, planSteps } from '../../../seed/write/write-document.ts';
import { auditedWrite } from '../../audit/audited-write.ts';
import { AppError } from '../../errors/app-error.ts';
import { ErrorCode } from '../../errors/error-codes.ts';
import { invalidInput, likelyDuplicates } from '../input-errors.ts';
import { writeRecords } from '../write-records.ts';
import type { Writer } from '../writer.ts';
import { importAuditChanges, readStoredBefore } from './import-audit.ts';
import { uploadedFiles, withUploadedFiles, type Upload } from './uploaded-files.ts';

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly allowDuplicates: boolean;
}

/** The GraphQL ImportResult. */
export interface ImportReport {
  readonly dryRun: boolean;
  readonly counts: readonly { section: SectionName; created: number; updated: number; unchanged: number }[];
  readonly changes: readonly { section: SectionName; key: string; status: 'CREATED' | 'UPDATED' }[];
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
    const parsed = await loadImportFiles(paths);
    const existing = await loadExistingGraph(writer.db, lookupKeys(parsed.records));
    const validated = validateImport(parsed.records, existing);
    const errors = sortIssues([...parsed.issues, ...validated.errors]).map(rename);
    const warnings = validated.warnings.map(rename);
    if (errors.length > 0) throw invalidInput(errors);
    if (warnings.length > 0 && !options.allowDuplicates) throw likelyDuplicates(warnings);

    const plan = await planChanges(writer.db, validated.document);
    const report: ImportReport = {
      dryRun: options.dryRun,
      counts: SECTION_NAMES.map((section) => ({ section, ...plan.counts[section] })),
      changes: plan.changes.flatMap(({ section, key, status }) =>
        status === 'unchanged'
          ? []
          : [{ section, key, status: status === 'created' ? 'CREATED' : 'UPDATED' }],
      ),
      warnings,
      transactions: 0,
    };
    if (options.dryRun) return report;

    const rows = planSteps(plan.changed).reduce((n, step) => n + step.rows.length, 0);
    if (rows > SINGLE_TRANSACTION_LIMIT) {
      throw new AppError(
        ErrorCode.LIMIT_EXCEEDED,
        `This import writes ${rows} rows; the API imports up to ${SINGLE_TRANSACTION_LIMIT} in one transaction. ` +
          'Use `npm run seed`, which writes larger imports in batches.',
        { rows, limit: SINGLE_TRANSACTION_LIMIT },
      );
    }
    const summary = {
      files: files.map((file) => file.name),
      counts: plan.counts,
      allowDuplicates: options.allowDuplicates,
      warnings: warnings.length,
    };
    await auditedWrite(writer.db, writer.author, async (tx) => {
      // What the changed records were, read in this transaction just before they are overwritten.
      const before = await readStoredBefore(tx, plan);
      await writeRecords(tx, plan.changed);
      return { result: undefined, changes: importAuditChanges(plan, before, summary) };
    });
    return { ...report, transactions: 1 };
  });
}
