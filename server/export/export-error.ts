// The one way an export fails: the data holds something the target format cannot say. It is the data's fault
// (fix the record), not the caller's, so the message names the record and the field; tests assert the code.

export const EXPORT_ERROR_CODES = [
  /** A value the format cannot hold, such as a list item containing the CSV list separator `|`. */
  'UNREPRESENTABLE_VALUE',
  /** Two graph nodes (or two edges) with the same id: GraphML readers would merge or reject them. */
  'DUPLICATE_ID',
  /** An edge whose source or target is not among the nodes: networkx and Gephi refuse such a file. */
  'DANGLING_EDGE',
] as const;

export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[number];

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly details: Readonly<Record<string, string>>;

  constructor(code: ExportErrorCode, message: string, details: Record<string, string> = {}) {
    super(message);
    this.name = 'ExportError';
    this.code = code;
    this.details = details;
  }
}
