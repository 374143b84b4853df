// JSON.parse gives values but no positions. Admins fix files in an editor, so an issue should name the line of
// the field it is about: this scanner walks the (already parsed, hence valid) text once and notes where each
// top-level key, each element of a top-level array, each field of such an element and each item of a list field
// begins. Imports can be tens of megabytes: strings are skipped with indexOf and only keys are decoded.
import type { FieldLine, FieldLines as ReadonlyFieldLines } from '../errors/issues.ts';

export interface ElementPosition {
  /** The line where the element begins (an object's opening brace). */
  readonly line: number;
  /** For an object: the line of each field's key and, for a list, of each item. */
  readonly fields?: ReadonlyFieldLines;
}

/**
 * A record's fields in the order they appear, as parallel arrays of interned names and plain numbers: a Map and an
 * object per field made the scan of a 30 MB file four times slower (allocation, not the walk). Read back only for
 * the few records that have issues.
 */
class FieldLines implements ReadonlyFieldLines {
  readonly names: string[] = [];
  readonly lines: number[] = [];
  readonly items: (number[] | undefined)[] = [];

  get(field: string): FieldLine | undefined {
    // The last of a repeated key, as JSON.parse keeps the last value.
    const at = this.names.lastIndexOf(field);
    if (at === -1) return undefined;
    const items = this.items[at];
    return { line: this.lines[at] ?? 0, ...(items === undefined ? {} : { items }) };
  }
}

export interface JsonPositions {
  /** Line of each top-level key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** Per top-level key holding an array: each element's position, by index. */
  readonly elements: ReadonlyMap<string, readonly ElementPosition[]>;
}

const NEWLINE = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const MAX_REMEMBERED_KEYS = 100;

/** Positions in a text that JSON.parse has accepted; the result is meaningless for invalid JSON. */
export function scanPositions(text: string): JsonPositions {
  const keyLines = new Map<string, number>();
  const elements = new Map<string, ElementPosition[]>();
  // Open brackets; depth 1 is the document, 2 a section's array, 3 a record, 4 a list inside a record.
  const open: number[] = [];
  let line = 1;
  let stringStart = -1;
  let stringEnd = -1;
  let stringLine = 0;
  let section: ElementPosition[] | undefined;
  let fields: FieldLines | undefined;
  // The index of the current field in `fields`, while its value may be a list.
  let field = -1;
  const decodeKey = createKeyDecoder();
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const depth = open.length;
    // Every value start is an element (or item), objects or not, so indices stay aligned with the parsed arrays.
    if (depth === 2 && section !== undefined && open[1] === OPEN_BRACKET && startsValue(text, index, code)) {
      fields = code === OPEN_BRACE ? new FieldLines() : undefined;
      field = -1;
      section.push(fields === undefined ? { line } : { line, fields });
    } else if (depth === 4 && fields !== undefined && field !== -1 && startsValue(text, index, code)) {
      fields.items[field]?.push(line);
    }
    if (code === NEWLINE) {
      line += 1;
    } else if (code === QUOTE) {
      const end = endOfString(text, index);
      // Only strings directly in the document or in a record can be keys worth decoding.
      const keyDepth = depth === 1 || (depth === 3 && fields !== undefined && open[2] === OPEN_BRACE);
      stringStart = keyDepth ? index : -1;
      stringEnd = end;
      stringLine = line;
      index = end;
    } else if (code === COLON && stringStart !== -1) {
      const key = decodeKey(text, stringStart, stringEnd);
      if (depth === 1) {
        keyLines.set(key, stringLine);
        // A repeated key starts over, as JSON.parse keeps the last value.
        section = [];
        elements.set(key, section);
        fields = undefined;
        field = -1;
      } else if (fields !== undefined) {
        field = fields.names.length;
        fields.names.push(key);
        fields.lines.push(stringLine);
        fields.items.push(undefined);
      }
      stringStart = -1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (depth === 3 && code === OPEN_BRACKET && fields !== undefined && field !== -1)
        fields.items[field] = [];
      open.push(code);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      open.pop();
      if (open.length === 3) field = -1; // the list (or object) value of a field has ended
    }
  }
  return { keyLines, elements };
}

function endOfString(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length - 1;
}

/**
 * Records repeat the same few field names: a key is matched in place against those seen before, so that a large
 * file does not hold a fresh copy of "sources" for each of its records.
 */
function createKeyDecoder(): (text: string, start: number, end: number) => string {
  const seen: string[] = [];
  return (text, start, end) => {
    const length = end - start - 1;
    for (const key of seen) {
      if (key.length === length && text.startsWith(key, start + 1)) return key;
    }
    const raw = text.slice(start + 1, end);
    if (raw.includes('\\')) return JSON.parse(`"${raw}"`) as string;
    // A file with more distinct keys than this is not a valid import anyway; its keys are simply not shared.
    if (seen.length < MAX_REMEMBERED_KEYS) seen.push(raw);
    return raw;
  };
}

/** Whether a value begins here: an object, array, string, or the first character of a scalar. */
function startsValue(text: string, index: number, code: number): boolean {
  if (code === OPEN_BRACE || code === OPEN_BRACKET || code === QUOTE) return true;
  // - 0-9 t f n, not continuing a scalar that began before (after whitespace, a comma or the bracket).
  const scalar = code === 45 || (code >= 48 && code <= 57) || code === 116 || code === 102 || code === 110;
  if (!scalar) return false;
  const previous = text.charCodeAt(index - 1);
  return previous === 44 || previous === OPEN_BRACKET || previous <= 32;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastNewline };
}
