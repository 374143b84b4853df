// The one import path, used by `npm run seed`, by start-up seeding and by the admin API's runImport: read,
// validate against the database, diff, then write together with the audit trail — nothing is written unless
// every file is valid. Each write transaction checks that the database still is what the plan was made against
// (write-planned.ts) and carries the audit entries of exactly the records it writes: one transaction up to
// 10 × batchRows rows, else one per batch of records, so an interrupted import leaves no change without its entry.
import { randomUUID } from 'node:crypto';
import { importSummaryChange } from './import-audit.ts';
import { writePlanned } from './write-planned.ts';
import type { AuditAuthor } from '../audit/audit-entry.ts';
import { auditedWrite } from '../audit/audited-write.ts';
import type { Database } from '../db/database.ts';
import { AppError, isAppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import type { SectionName } from '../domain/atlas-document.ts';
import { loadImportFiles } from '../parse/load-files.ts';
import type { ImportIssue } from '../errors/issues.ts';
import { lookupKeys } from '../validate/lookup-keys.ts';
import { sortIssues, validateImport } from '../validate/validate-document.ts';
import { loadExistingGraph } from '../validate/load-existing.ts';
import { planChanges, type ChangeCounts, type RecordChange } from '../store/plan-changes.ts';
import { BATCH_SIZE, recordBatches, rowCount } from '../store/write-document.ts';

export interface ImportOptions {
  /** Report what would change, write nothing. */
  readonly dryRun?: boolean;
  /**
   * The file's `sources` lists replace the stored ones (a source can be dropped). By default a stored record keeps
   * its sources and gains the file's.
   */
  readonly replaceSources?: boolean;
  /** Import even when likely duplicates were found (they are still reported). */
  readonly allowDuplicates?: boolean;
  /** Who imports, for the audit trail; a CLI or start-up import names itself, tests default to `system`. */
  readonly author?: AuditAuthor;
  /** Refuse (LIMIT_EXCEEDED) rather than batch an import above the single-transaction limit (the API does). */
  readonly singleTransactionOnly?: boolean;
  /**
   * Rows per batch transaction (default BATCH_SIZE, 2,000); an import of up to ten times as many rows is one
   * transaction (SINGLE_TRANSACTION_LIMIT). `npm run seed` takes it from ATLAS_IMPORT_BATCH_ROWS.
   */
  readonly batchRows?: number;
  /** Names for the audit summary instead of the (temporary) paths. */
  readonly fileNames?: readonly string[];
}

export type ImportReport =
  | {
      readonly ok: false;
      readonly errors: readonly ImportIssue[];
      readonly warnings: readonly ImportIssue[];
      /** True when only likely duplicates stopped the import. */
      readonly blockedByDuplicates: boolean;
    }
  | {
      readonly ok: true;
      readonly dryRun: boolean;
      readonly counts: Readonly<Record<SectionName, ChangeCounts>>;
      /** Every record of the import, with (for an updated one) its fields before → after. */
      readonly changes: readonly RecordChange[];
      readonly warnings: readonly ImportIssue[];
      readonly transactions: number;
    };

export function systemAuthor(changedBy = 'system'): AuditAuthor {
  return { changedBy, requestId: randomUUID() };
}

export async function runImport(
  db: Database,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const parsed = await loadImportFiles(paths);
  const existing = await loadExistingGraph(db, lookupKeys(parsed.records));
  const validated = validateImport(parsed.records, existing);
  const errors = sortIssues([...parsed.issues, ...validated.errors]);
  const warnings = validated.warnings;
  if (errors.length > 0) return { ok: false, errors, warnings, blockedByDuplicates: false };
  if (warnings.length > 0 && !options.allowDuplicates) {
    return { ok: false, errors: [], warnings, blockedByDuplicates: true };
  }
  const plan = await planChanges(db, validated.document, { replaceSources: options.replaceSources ?? false });
  const report = { ok: true as const, counts: plan.counts, changes: plan.changes, warnings };
  if (options.dryRun) return { ...report, dryRun: true, transactions: 0 };

  const author = options.author ?? systemAuthor();
  const rows = rowCount(plan.changed);
  const summary = {
    files: options.fileNames ?? paths,
    counts: plan.counts,
    allowDuplicates: options.allowDuplicates ?? false,
    replaceSources: options.replaceSources ?? false,
    warnings: warnings.length,
  };
  const batchRows = options.batchRows ?? BATCH_SIZE;
  const limit = batchRows * 10;
  if (rows <= limit) {
    // One transaction: re-checked against the plan, the records, an entry for each changed one, the summary.
    await auditedWrite(db, author, async (tx) => {
      const changes = await writePlanned(tx, plan, plan.changed);
      return { result: undefined, changes: [...changes, importSummaryChange(summary)] };
    });
    return { ...report, dryRun: false, transactions: 1 };
  }
  if (options.singleTransactionOnly) {
    throw new AppError(
      ErrorCode.LIMIT_EXCEEDED,
      `This import writes ${rows} rows; the API imports up to ${limit} in one transaction. ` +
        'Use `npm run seed`, which writes larger imports in batches.',
      { rows, limit },
    );
  }
  // Batched: each batch's transaction holds whole records and their audit entries; the summary commits with the
  // last one, so an import without its IMPORT entry is one that was interrupted (re-running it finishes it).
  const batches = recordBatches(plan.changed, batchRows);
  for (const [index, batch] of batches.entries()) {
    const last = index === batches.length - 1;
    try {
      await auditedWrite(db, author, async (tx) => {
        const changes = await writePlanned(tx, plan, batch);
        const done = last
          ? [importSummaryChange({ ...summary, batched: true, transactions: batches.length })]
          : [];
        return { result: undefined, changes: [...changes, ...done] };
      });
    } catch (err) {
      throw isAppError(err)
        ? new AppError(
            err.code,
            `Batch ${index + 1} of ${batches.length} failed, ${index} committed (with their audit entries): ` +
              `${err.message} Running the same import again finishes it.`,
            { ...err.details, batch: index + 1, batches: batches.length },
            { cause: err },
          )
        : err;
    }
  }
  return { ...report, dryRun: false, transactions: batches.length };
}
