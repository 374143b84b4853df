// What the readers hand to validation: raw records, not yet checked, each with the place it came from.
import { SECTION_NAMES, type SectionName } from '../domain/atlas-document.ts';
import type { ImportIssue, IssueLocation } from '../errors/issues.ts';

export interface LocatedRecord {
  /** The fields as read: JSON values, or CSV cells converted (null, lists, booleans). Checked later. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly location: IssueLocation;
  /**
   * Required fields whose whole column is missing from a CSV file. That was reported once for the header;
   * validation skips them so the admin does not get one more error per row for the same cause.
   */
  readonly missingColumns?: readonly string[];
}

export type ImportRecords = { readonly [S in SectionName]: readonly LocatedRecord[] };

export interface ParseResult {
  readonly records: ImportRecords;
  readonly issues: readonly ImportIssue[];
}

export function emptyRecords(): { [S in SectionName]: LocatedRecord[] } {
  return Object.fromEntries(SECTION_NAMES.map((section) => [section, []])) as unknown as {
    [S in SectionName]: LocatedRecord[];
  };
}

/** All records of several files, section by section, in the order given. */
export function combineResults(results: readonly ParseResult[]): ParseResult {
  const records = emptyRecords();
  const issues: ImportIssue[] = [];
  for (const result of results) {
    // A loop, not push(...list): spreading a section of a few hundred thousand records overflows the call stack.
    for (const section of SECTION_NAMES)
      for (const record of result.records[section]) records[section].push(record);
    for (const issue of result.issues) issues.push(issue);
  }
  return { records, issues };
}
