// Every admin write of records goes through the importer's validation, with the same snapshot of the database:
// a mutation's input is checked exactly like a row of an import file (vocabulary terms, references, region codes,
// dates, endpoint kinds, likely duplicates).
import type { AtlasDocument, SectionName } from '../domain/atlas-document.ts';
import { emptyRecords, type ImportRecords, type LocatedRecord } from '../parse/records.ts';
import type { IssueLocation } from '../errors/issues.ts';
import { lookupKeys } from '../validate/lookup-keys.ts';
import { validateImport } from '../validate/validate-document.ts';
import { loadExistingGraph } from '../validate/load-existing.ts';
import type { Database } from '../db/database.ts';
import { invalidInput, likelyDuplicates } from './input-errors.ts';

/** Where issues about the mutation's own input are reported. */
export const INPUT: IssueLocation = { file: 'input' };

/** Where issues about a stored record are reported that the input was checked together with. */
export function storedAt(record: string): IssueLocation {
  return { file: 'database', record };
}

export type RecordsBySection = { readonly [S in SectionName]?: readonly LocatedRecord[] };

export interface ValidateOptions {
  /** Write although the record looks like an existing one (LIKELY_DUPLICATE). */
  readonly allowDuplicates?: boolean;
}

/**
 * Validates records as an import would, against the database as it is now; returns them normalised. Throws
 * BAD_USER_INPUT with every issue, or CONFLICT for likely duplicates unless they are allowed.
 */
export async function validateRecords(
  db: Database,
  records: RecordsBySection,
  options: ValidateOptions = {},
): Promise<AtlasDocument> {
  const all: ImportRecords = { ...emptyRecords(), ...records };
  const existing = await loadExistingGraph(db, lookupKeys(all));
  const { document, errors, warnings } = validateImport(all, existing);
  if (errors.length > 0) throw invalidInput(errors);
  if (warnings.length > 0 && !options.allowDuplicates) throw likelyDuplicates(warnings);
  return document;
}
