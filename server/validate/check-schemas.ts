// Step one: every record against its section's schema. Each zod issue becomes an import issue on the record's
// line and top-level field; records that pass are normalised and go on to the cross-record checks.
import type { z } from 'zod';
import {
  SECTION_NAMES,
  SECTION_SCHEMAS,
  type SectionName,
  type SectionRecord,
} from '../domain/atlas-document.ts';
import { DATE_FIELDS } from '../domain/fields.ts';
import type { ImportRecords, LocatedRecord } from '../parse/records.ts';
import { importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

export interface Checked<S extends SectionName> {
  readonly record: SectionRecord<S>;
  readonly location: IssueLocation;
}

export type CheckedRecords = { readonly [S in SectionName]: readonly Checked<S>[] };

export function checkSchemas(records: ImportRecords): { checked: CheckedRecords; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const checkSection = <S extends SectionName>(section: S): Checked<S>[] =>
    records[section].flatMap((located) => {
      const result = SECTION_SCHEMAS[section].safeParse(located.data);
      if (result.success) return [{ record: result.data as SectionRecord<S>, location: located.location }];
      issues.push(...result.error.issues.flatMap((issue) => toImportIssues(issue, located)));
      return [];
    });
  const checked = Object.fromEntries(SECTION_NAMES.map((section) => [section, checkSection(section)]));
  return { checked: checked as unknown as CheckedRecords, issues };
}

function toImportIssues(issue: z.core.$ZodIssue, located: LocatedRecord): ImportIssue[] {
  const at = located.location;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      importError('UNKNOWN_FIELD', at, `unknown field "${key}"`, { field: key }),
    );
  }
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  if (field === undefined) return [importError('INVALID_VALUE', at, issue.message)];
  const value = located.data[field];
  if (isEmpty(value)) {
    // The missing column was reported once for the whole file.
    if (located.missingColumns?.includes(field)) return [];
    return [importError('REQUIRED', at, `"${field}" is required`, { field })];
  }
  const code = DATE_FIELDS.has(field) ? 'INVALID_DATE' : 'INVALID_VALUE';
  // For a list item (`sources[1]`) the path goes on with its index: the issue names that item's line.
  const item = typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
  return [importError(code, at, `${show(value)}: ${issue.message}`, { field, item })];
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
