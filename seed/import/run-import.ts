// The one import path, used by `npm run seed`, by start-up seeding and by the admin API: read, validate against
// the database, diff, then write — nothing is written unless every file is valid.
import type { Database } from '../../server/db/database.ts';
import type { SectionName } from '../model/atlas-document.ts';
import { loadImportFiles } from '../parse/load-files.ts';
import type { ImportIssue } from '../validate/issues.ts';
import { lookupKeys } from '../validate/lookup-keys.ts';
import { sortIssues, validateImport } from '../validate/validate-document.ts';
import { loadExistingGraph } from '../write/load-existing.ts';
import { planChanges, type ChangeCounts } from '../write/plan-changes.ts';
import { writeDocument } from '../write/write-document.ts';

export interface ImportOptions {
  /** Report what would change, write nothing. */
  readonly dryRun?: boolean;
  /** Import even when likely duplicates were found (they are still reported). */
  readonly allowDuplicates?: boolean;
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
      readonly warnings: readonly ImportIssue[];
      readonly transactions: number;
    };

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
  const plan = await planChanges(db, validated.document);
  if (options.dryRun) return { ok: true, dryRun: true, counts: plan.counts, warnings, transactions: 0 };
  const { transactions } = await writeDocument(db, plan.changed);
  return { ok: true, dryRun: false, counts: plan.counts, warnings, transactions };
}
