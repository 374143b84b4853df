// An AtlasDocument → the JSON import format (docs/import-format.md), so that an export can be imported again as it is.
import { SECTION_NAMES, type AtlasDocument, type SectionName } from '../domain/atlas-document.ts';
import { sectionFields } from '../domain/fields.ts';
import { sortDocument } from './sort-document.ts';

/**
 * Pretty JSON (2 spaces, trailing newline): `format` first, then every section in SECTION_NAMES order (empty
 * ones too, so the file shows an admin where to add records), fields in schema order. Fields holding the value
 * the reader fills in anyway (null, an empty list, `false`) are left out: most records would otherwise be half
 * `null` lines, and the reader normalises them back to the same document.
 */
export function toJson(doc: AtlasDocument): string {
  const sorted = sortDocument(doc);
  const out: Record<string, unknown> = { format: sorted.format };
  for (const section of SECTION_NAMES) {
    out[section] = sorted[section].map((record) => compactRecord(section, record));
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

function compactRecord(section: SectionName, record: object): Record<string, unknown> {
  const values = record as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  // Schema order, and only schema fields: a record read from the database may carry derived properties
  // (`nameKey`, …) that the strict import schemas would reject.
  for (const field of sectionFields(section).all) {
    const value = values[field];
    if (!isDefault(value)) out[field] = value;
  }
  return out;
}

function isDefault(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === false ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}
