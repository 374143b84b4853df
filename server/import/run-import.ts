// The one import path, used by `npm run seed`, by start-up seeding and by the admin API's runImport: read,
// validate against the database, diff, then write together with the audit trail — nothing is written unless
// every file is valid.
import { randomUUID } from 'node:crypto';
import { importAuditChanges, importSummaryChange, readStoredBefore } from './import-audit.ts';
import type { AuditAuthor } from '../audit/audit-entry.ts';
import { auditedWrite } from '../audit/audited-write.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import type { SectionName } from '../domain/atlas-document.ts';
import { loadImportFiles } from '../parse/load-files.ts';
import type { ImportIssue } from '../errors/issues.ts';
import { lookupKeys } from '../validate/lookup-keys.ts';
import { sortIssues, validateImport } from '../validate/validate-document.ts';
import { loadExistingGraph } from '../validate/load-existing.ts';
import { planChanges, type ChangeCounts, type RecordChange } from '../store/plan-changes.ts';
import {
  rowCount,
  SINGLE_TRANSACTION_LIMIT,
  writeDocumentIn,
  writeDocumentInBatches,
} from '../store/write-document.ts';

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
  /** Refuse (LIMIT_EXCEEDED) rather than batch an import above SINGLE_TRANSACTION_LIMIT rows (the API does). */
  readonly singleTransactionOnly?: boolean;
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
  if (rows <= SINGLE_TRANSACTION_LIMIT) {
    // One transaction: the records, and an audit entry for each changed one (with its stored value before).
    await auditedWrite(db, author, async (tx) => {
      const before = await readStoredBefore(tx, plan);
      await writeDocumentIn(tx, plan.changed);
      return { result: undefined, changes: importAuditChanges(plan, before, summary) };
    });
    return { ...report, dryRun: false, transactions: 1 };
  }
  if (options.singleTransactionOnly) {
    throw new AppError(
      ErrorCode.LIMIT_EXCEEDED,
      `This import writes ${rows} rows; the API imports up to ${SINGLE_TRANSACTION_LIMIT} in one transaction. ` +
        'Use `npm run seed`, which writes larger imports in batches.',
      { rows, limit: SINGLE_TRANSACTION_LIMIT },
    );
  }
  // Batched: per-record entries would double a huge import's size, so the trail gets its summary only.
  const { transactions } = await writeDocumentInBatches(db, plan.changed);
  await auditedWrite(db, author, () =>
    Promise.resolve({ result: undefined, changes: [importSummaryChange({ ...summary, batched: true })] }),
  );
  return { ...report, dryRun: false, transactions: transactions + 1 };
}
