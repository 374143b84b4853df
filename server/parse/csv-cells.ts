// Turning CSV cells (always text) into the values the schemas expect.
import { BOOLEAN_FIELDS, JSON_FIELDS, LIST_FIELDS, LIST_SEPARATOR, NUMBER_FIELDS } from '../domain/fields.ts';
import { unescapeCell } from '../domain/spreadsheet-cells.ts';

export type CellResult = { readonly value: unknown } | { readonly error: string };

/**
 * Empty → null; list fields split on `|`; boolean fields `true`/`false`; JSON fields parsed; number fields as
 * numbers; everything else stays text. A text or list cell that the writer protected from spreadsheets with a
 * leading apostrophe (`'=…`, `''…`) loses that apostrophe (server/domain/spreadsheet-cells.ts).
 */
export function convertCell(field: string, cell: string): CellResult {
  const text = cell.trim();
  if (text === '') return { value: null };
  if (LIST_FIELDS.has(field)) {
    const items = unescapeCell(text)
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== '');
    return { value: items.length === 0 ? null : items };
  }
  if (BOOLEAN_FIELDS.has(field)) {
    // Case-insensitive because Excel rewrites `true` as `TRUE` when it saves.
    const lower = text.toLowerCase();
    if (lower === 'true') return { value: true };
    if (lower === 'false') return { value: false };
    return { error: `expected true or false, not "${text}"` };
  }
  if (JSON_FIELDS.has(field)) {
    // A list of objects does not fit `|`-separated text: the cell holds a JSON array.
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return {
        error: `expected a JSON array such as [{"kind": "fundingAmount", "value": 50000, "unit": "EUR"}]`,
      };
    }
  }
  if (NUMBER_FIELDS.has(field)) {
    // A plain decimal with `.` only: "1,5" or "1.234,5" (German notation) is refused rather than guessed.
    if (/^-?\d+(?:\.\d+)?$/.test(text)) return { value: Number(text) };
    return { error: `expected a number such as 1234 or 1234.5, not "${text}"` };
  }
  return { value: unescapeCell(text) };
}
