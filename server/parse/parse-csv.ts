// One CSV file (one section, named by the file) → located records. The header is checked here; the cells are
// converted to JSON-like values, so that from here on CSV and JSON records go through the same validation.
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CSV_FILE_NAMES, sectionOfCsvFile } from '../domain/fields.ts';
import { importError, type ImportIssue } from '../errors/issues.ts';
import { convertCell } from './csv-cells.ts';
import { checkHeader, detectDelimiter, type HeaderCheck } from './csv-header.ts';
import { emptyRecords, type ParseResult } from './records.ts';

/** What csv-parse returns with `info` and `raw`; its typings describe only the plain variant. */
interface CsvRow {
  readonly record: readonly string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

export function parseCsv(file: string, text: string): ParseResult {
  const records = emptyRecords();
  const section = sectionOfCsvFile(basename(file));
  if (section === undefined) {
    const message = `unknown CSV file name; expected one of ${Object.values(CSV_FILE_NAMES).join(', ')}`;
    return { records, issues: [importError('UNKNOWN_FILE', { file }, message)] };
  }
  // One line-break style, so the line numbers csv-parse counts are the ones an editor shows.
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') {
    return {
      records,
      issues: [importError('SYNTAX', { file, line: 1 }, 'the file is empty: expected a header row')],
    };
  }
  let rows: CsvRow[];
  try {
    rows = parse(normalised, {
      delimiter: detectDelimiter(normalised.split('\n', 1)[0] ?? ''),
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRow[];
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    const message = error instanceof Error ? error.message : String(error);
    const line = typeof lines === 'number' ? lines : undefined;
    return { records, issues: [importError('SYNTAX', { file, line }, `invalid CSV: ${message}`)] };
  }

  const [headerRow, ...dataRows] = rows;
  const header = checkHeader(file, section, headerRow?.record ?? []);
  const issues: ImportIssue[] = [...header.issues];
  for (const row of dataRows) {
    if (row.record.every((cell) => cell.trim() === '')) continue; // Excel leaves rows of bare delimiters.
    const line = startLine(row);
    const data = convertRow(file, line, header, row.record, issues);
    const missingColumns = header.missing.length > 0 ? { missingColumns: header.missing } : {};
    records[section].push({ data, location: { file, line }, ...missingColumns });
  }
  return { records, issues };
}

/**
 * csv-parse counts the line a record ends on; a quoted cell may span lines, so subtract the line breaks inside
 * the record. Its raw text starts with any skipped empty lines and ends with its own line break: neither counts.
 */
function startLine(row: CsvRow): number {
  const own = row.raw.replace(/^\n+/, '').replace(/\n$/, '');
  return row.info.lines - (own.match(/\n/g)?.length ?? 0);
}

function convertRow(
  file: string,
  line: number,
  header: HeaderCheck,
  cells: readonly string[],
  issues: ImportIssue[],
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let strayReported = false;
  cells.forEach((cell, index) => {
    const column = header.columns[index] ?? 'unnamed';
    if (column === 'reported') return;
    if (column === 'unnamed') {
      if (cell.trim() !== '' && !strayReported) {
        const message = `cell ${index + 1} holds "${cell.trim()}" but its column has no name in the header`;
        issues.push(importError('SYNTAX', { file, line }, message));
        strayReported = true;
      }
      return;
    }
    const converted = convertCell(column.field, cell);
    if ('error' in converted) {
      issues.push(importError('INVALID_VALUE', { file, line }, converted.error, { field: column.field }));
    } else {
      data[column.field] = converted.value;
    }
  });
  return data;
}
