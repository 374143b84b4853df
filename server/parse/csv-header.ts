// The header row of a CSV file: which delimiter it uses and which field each column holds.
import type { SectionName } from '../domain/atlas-document.ts';
import { sectionFields } from '../domain/fields.ts';
import { importError, type ImportIssue } from '../errors/issues.ts';

/** A field; a column already reported (unknown or repeated) whose cells are skipped; or one with no name. */
export type Column = { readonly field: string } | 'reported' | 'unnamed';

export interface HeaderCheck {
  readonly columns: readonly Column[];
  /** Required fields with no column: reported here once, not again for every row. */
  readonly missing: readonly string[];
  readonly issues: readonly ImportIssue[];
}

/**
 * `;` or `,`, whichever the header row uses more (outside quotes). German Excel writes `;` because the comma is
 * the decimal separator; field names contain neither, so the header decides reliably.
 */
export function detectDelimiter(headerLine: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export function checkHeader(file: string, section: SectionName, names: readonly string[]): HeaderCheck {
  const { all, required } = sectionFields(section);
  const at = { file, line: 1 };
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  const columns = names.map((raw): Column => {
    const name = raw.trim();
    if (name === '') return 'unnamed';
    if (!all.includes(name)) {
      const message = `unknown column "${name}"; ${section} has ${all.join(', ')}`;
      issues.push(importError('UNKNOWN_COLUMN', at, message, { field: name }));
      return 'reported';
    }
    if (seen.has(name)) {
      issues.push(importError('SYNTAX', at, `column "${name}" appears twice`, { field: name }));
      return 'reported';
    }
    seen.add(name);
    return { field: name };
  });
  const missing = required.filter((field) => !seen.has(field));
  for (const field of missing) {
    issues.push(importError('MISSING_COLUMN', at, `required column "${field}" is missing`, { field }));
  }
  return { columns, missing, issues };
}
