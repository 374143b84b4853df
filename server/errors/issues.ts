// What the import reports back: one flat list of issues, each pointing at a file, a line and a field, so an
// admin can fix a spreadsheet cell by cell. Tests assert on `code`, never on message text.

export const IMPORT_ISSUE_CODES = [
  /** Not UTF-8, or a UTF-16/UTF-32 byte-order mark. */
  'ENCODING',
  /** The file cannot be read as JSON or CSV at all (or a CSV row has more cells than the header). */
  'SYNTAX',
  /** The path does not exist or cannot be read. */
  'UNREADABLE_FILE',
  /** A CSV file name that names no section, or a file that is neither .csv nor .json. */
  'UNKNOWN_FILE',
  'MISSING_COLUMN',
  'UNKNOWN_COLUMN',
  /** A JSON field or section the format does not have. */
  'UNKNOWN_FIELD',
  'REQUIRED',
  'INVALID_VALUE',
  'INVALID_DATE',
  /** A kind, role, level or bodyKind that is not a term of its vocabulary. */
  'UNKNOWN_TERM',
  /** An id in `partOf`, `from`, `to` or `sources` that is neither in the import nor in the database. */
  'UNKNOWN_REFERENCE',
  /** The same id twice in the import, or an id the database already uses for another kind of node. */
  'DUPLICATE_ID',
  /** The same relationship twice (for a mutual type also in the other direction). */
  'DUPLICATE_RELATIONSHIP',
  'INVALID_REGION_CODE',
  /** A relationship end, `partOf` or source that names a node of the wrong kind. */
  'INVALID_ENDPOINT',
  /** A warning: probably the same actor, program or measure under a second id. */
  'LIKELY_DUPLICATE',
] as const;

export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];
export type IssueSeverity = 'error' | 'warning';

export interface IssueLocation {
  readonly file: string;
  /** 1-based; for CSV the header is line 1. Absent for issues about a whole file. */
  readonly line?: number;
  /** Only where it is known and helps: JSON syntax errors. */
  readonly column?: number;
  /** JSON only: where the record sits in the document, e.g. `actors[3]`. */
  readonly record?: string;
  /**
   * JSON only, on a record's location: where each of its fields stands. An issue about a field names the line of
   * its key (of the item, for a list item) instead of the record's opening brace; an absent field keeps that.
   */
  readonly fieldLines?: FieldLines;
}

export interface FieldLines {
  get(field: string): FieldLine | undefined;
}

/** The line of a field's key in its file and, when its value is a list, of each item. */
export interface FieldLine {
  readonly line: number;
  readonly items?: readonly number[];
}

export interface ImportIssue extends IssueLocation {
  readonly code: ImportIssueCode;
  readonly severity: IssueSeverity;
  /** The top-level field (CSV column) the issue is about. */
  readonly field?: string;
  readonly message: string;
  /** The other place involved, for duplicates: the first definition of the id, or the other entry. */
  readonly other?: IssueLocation;
}

interface IssueDetails {
  readonly field?: string | undefined;
  /** The index of the item within a list field that the issue is about. */
  readonly item?: number | undefined;
  readonly other?: IssueLocation | undefined;
}

export function importError(
  code: ImportIssueCode,
  at: IssueLocation,
  message: string,
  details: IssueDetails = {},
): ImportIssue {
  return build(code, 'error', at, message, details);
}

export function importWarning(
  code: ImportIssueCode,
  at: IssueLocation,
  message: string,
  details: IssueDetails = {},
): ImportIssue {
  return build(code, 'warning', at, message, details);
}

function build(
  code: ImportIssueCode,
  severity: IssueSeverity,
  at: IssueLocation,
  message: string,
  details: IssueDetails,
): ImportIssue {
  const line = fieldLine(at, details) ?? at.line;
  // Only defined keys, so issues compare cleanly with toEqual and print without `undefined`s.
  return {
    code,
    severity,
    ...place({ ...at, line }),
    ...(details.field === undefined ? {} : { field: details.field }),
    message,
    ...(details.other === undefined ? {} : { other: place(details.other) }),
  };
}

function fieldLine(at: IssueLocation, details: IssueDetails): number | undefined {
  const field = details.field === undefined ? undefined : at.fieldLines?.get(details.field);
  return (details.item === undefined ? undefined : field?.items?.[details.item]) ?? field?.line;
}

/** A location as reported: without the field lines, which only serve to place issues. */
function place(at: IssueLocation): IssueLocation {
  return {
    file: at.file,
    ...(at.line === undefined ? {} : { line: at.line }),
    ...(at.column === undefined ? {} : { column: at.column }),
    ...(at.record === undefined ? {} : { record: at.record }),
  };
}

/** `file:line` or `file:line:column`, as editors and terminals link it. */
export function formatLocation(at: IssueLocation): string {
  if (at.line === undefined) return at.file;
  return at.column === undefined ? `${at.file}:${at.line}` : `${at.file}:${at.line}:${at.column}`;
}

/** `file:line field: message`, e.g. `actors.csv:4 kind: "agencyy" is not a term of actorKind`. */
export function formatIssue(issue: ImportIssue): string {
  const field = [issue.record, issue.field].filter((part) => part !== undefined).join('.');
  const where = field === '' ? formatLocation(issue) : `${formatLocation(issue)} ${field}`;
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${prefix}${issue.message}`;
}
