// An AtlasDocument → one CSV file per non-empty section (docs/import-format.md), readable again by
// server/parse/parse-csv.ts.
import { SECTION_NAMES, type AtlasDocument, type SectionName } from '../domain/atlas-document.ts';
import { CSV_FILE_NAMES, JSON_FIELDS, LIST_SEPARATOR, sectionFields } from '../domain/fields.ts';
import { escapeCell } from '../domain/spreadsheet-cells.ts';
import { ExportError } from './export-error.ts';
import { sortDocument } from './sort-document.ts';

/**
 * Excel opens a CSV file as UTF-8 only when it starts with a byte-order mark; without it, every umlaut turns into
 * mojibake ("FlÃ¼chtlinge"). The reader and LibreOffice accept the mark.
 */
const UTF8_BOM = '\uFEFF';
/**
 * CRLF ends a row, as RFC 4180 says and Excel writes; readers that expect it (Python's csv, many Windows tools)
 * then agree with ours, which accepts either. Line breaks inside a quoted cell are kept as the text has them.
 */
const ROW_END = '\r\n';
const DELIMITER = ',';
/** `;` is quoted as well: tools that guess the delimiter (German Excel does) then cannot split a note on it. */
const NEEDS_QUOTES = /[",;\r\n]/;

/** File name (`actors.csv`, `target-groups.csv`, …) → content, for every section that has records. */
export function toCsvFiles(doc: AtlasDocument): Map<string, string> {
  const sorted = sortDocument(doc);
  const files = new Map<string, string>();
  for (const section of SECTION_NAMES) {
    const records: readonly object[] = sorted[section];
    if (records.length === 0) continue;
    const fields = sectionFields(section).all;
    const rows: string[][] = [];
    for (const record of records) {
      // What the schemas allow a field to hold; only a wider value reaching here would be a caller's bug.
      const values = record as Readonly<Record<string, CellValue | undefined>>;
      rows.push(fields.map((field) => quote(cellText(values[field], recordName(values), field))));
    }
    const text = rows.map((cells) => cells.join(DELIMITER) + ROW_END).join('');
    files.set(CSV_FILE_NAMES[section], csvHeader(section) + text);
  }
  return files;
}

/** The start of a section's file: BOM and header row. Alone, it is the valid file of an empty section. */
export function csvHeader(section: SectionName): string {
  return UTF8_BOM + sectionFields(section).all.map(quote).join(DELIMITER) + ROW_END;
}

type CellValue = string | number | boolean | readonly string[] | null;

function cellText(value: CellValue | undefined, record: string, field: string): string {
  if (value === null || value === undefined) return '';
  // A list of objects (quantities) is one JSON array in its cell; an empty one is an empty cell.
  if (JSON_FIELDS.has(field)) return Array.isArray(value) && value.length === 0 ? '' : JSON.stringify(value);
  // Numbers (none is negative: counts, areas) and booleans as they are; text and lists (whose first item starts the
  // cell) with an apostrophe before a formula's first character, which the reader takes off (spreadsheet-cells.ts).
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return escapeCell(value);
  return escapeCell(value.map((item) => listItem(item, record, field)).join(LIST_SEPARATOR));
}

function listItem(text: string, record: string, field: string): string {
  if (text.includes(LIST_SEPARATOR)) {
    throw new ExportError(
      'UNREPRESENTABLE_VALUE',
      `${record}: an item of "${field}" contains "${LIST_SEPARATOR}", which separates list items in CSV ` +
        `("${text}"); rename it, or export as JSON`,
      { record, field },
    );
  }
  return text;
}

/** How an error names a record: its id, or for a term or relationship the fields that identify it. */
function recordName(values: Readonly<Record<string, CellValue | undefined>>): string {
  const text = (field: string) => (typeof values[field] === 'string' ? values[field] : '?');
  if (typeof values.id === 'string') return values.id;
  if (typeof values.vocabulary === 'string') return `term ${text('vocabulary')}/${text('key')}`;
  return `relationship ${text('type')} ${text('from')} → ${text('to')}`;
}

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
