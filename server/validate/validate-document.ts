// The checks in order, all of them, every time: an admin fixing a spreadsheet wants the whole list at once, not
// one error per round trip. Pure: the database is seen only through the ExistingGraph snapshot.
import { FORMAT_VERSION, SECTION_NAMES, type AtlasDocument } from '../domain/atlas-document.ts';
import type { ImportRecords } from '../parse/records.ts';
import { checkRecordRules } from './check-record-rules.ts';
import { checkReferences } from './check-references.ts';
import { checkRegions } from './check-regions.ts';
import { checkRelationships } from './check-relationships.ts';
import { checkSchemas } from './check-schemas.ts';
import { checkStatements } from './check-statements.ts';
import { checkTerms } from './check-terms.ts';
import type { ExistingGraph } from './existing-graph.ts';
import { indexImport } from './import-index.ts';
import type { ImportIssue } from '../errors/issues.ts';
import { findLikelyDuplicates } from './likely-duplicates.ts';

export interface ValidationResult {
  /** All files merged into one normalised document. Only fit to write when `errors` is empty. */
  readonly document: AtlasDocument;
  /** Sorted by file and line. */
  readonly errors: readonly ImportIssue[];
  /** Likely duplicates: shown to the admin, who may import anyway. */
  readonly warnings: readonly ImportIssue[];
}

export function validateImport(records: ImportRecords, existing: ExistingGraph): ValidationResult {
  const { checked, issues: schemaIssues } = checkSchemas(records);
  // Records that failed their schema still take part in indexing (their ids exist) but in no later check.
  const { resolver, issues: indexIssues } = indexImport(records, checked, existing);
  const errors = [
    ...schemaIssues,
    ...indexIssues,
    ...checkTerms(checked, resolver),
    ...checkRecordRules(checked, resolver),
    ...checkStatements(checked),
    ...checkReferences(checked, resolver),
    ...checkRelationships(checked.relationships, resolver),
    ...checkRegions(checked.regions, resolver),
  ];
  const sections = Object.fromEntries(
    SECTION_NAMES.map((section) => [section, checked[section].map(({ record }) => record)]),
  );
  return {
    document: { format: FORMAT_VERSION, ...sections } as AtlasDocument,
    errors: sortIssues(errors),
    warnings: sortIssues(findLikelyDuplicates(checked, existing)),
  };
}

/** By file, then line; issues without a line (about a whole file) first. Stable, so check order breaks ties. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}
