// Text cells a spreadsheet would run as a formula ("CSV injection", OWASP): Excel, LibreOffice and Google Sheets
// read a cell that starts with `=`, `+`, `-` or `@` — or with a tab or carriage return before one — as a formula,
// and a formula can fetch URLs or, through DDE, start programs. The CSV writer (export/to-csv.ts) puts an
// apostrophe before such a cell, so the spreadsheet shows it as text; the CSV reader (parse/csv-cells.ts) takes it
// off again. A text that itself begins with an apostrophe gets one more, so the reader can always tell the two
// apart and an export imports as exactly the text it was written from. docs/import-format.md, "Formulas".

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP's list), and a line feed: the
 * reader turns a carriage return into one, and an escaped `\r` must still read as escaped.
 */
const ESCAPED_STARTS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n'];
const CELL_ESCAPE = "'";

function needsEscape(cell: string): boolean {
  const first = cell[0];
  return first !== undefined && (first === CELL_ESCAPE || ESCAPED_STARTS.includes(first));
}

/** The cell as written: with an apostrophe before it when it starts like a formula or with an apostrophe. */
export function escapeCell(text: string): string {
  return needsEscape(text) ? CELL_ESCAPE + text : text;
}

/**
 * The text a cell holds: one leading apostrophe removed when what follows would have needed it. Any other cell is
 * its text as it is, so a hand-written "'s-Hertogenbosch" keeps its apostrophe and a hand-written "=x" reads as
 * "=x" (text is never evaluated here; only exports are opened in spreadsheets).
 */
export function unescapeCell(cell: string): string {
  return cell.startsWith(CELL_ESCAPE) && needsEscape(cell.slice(1)) ? cell.slice(1) : cell;
}
