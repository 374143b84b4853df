// The table as CSV for spreadsheets: semicolon-separated (what German spreadsheet programs expect), every cell
// quoted, and a cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at its start) prefixed
// with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
