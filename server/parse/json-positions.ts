// JSON.parse gives values but no positions. Admins fix files in an editor, so each record's issues should name
// the line of its opening brace: this scanner walks the (already parsed, hence valid) text once and notes where
// each top-level key and each object inside a top-level array begins.

export interface JsonPositions {
  /** Line of each top-level key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** Per top-level key holding an array: the line of each element's opening brace, by index. */
  readonly elementLines: ReadonlyMap<string, readonly number[]>;
}

/** Positions in a text that JSON.parse has accepted; the result is meaningless for invalid JSON. */
export function scanPositions(text: string): JsonPositions {
  const keyLines = new Map<string, number>();
  const elementLines = new Map<string, number[]>();
  const open: string[] = [];
  let line = 1;
  let lastString: string | undefined;
  let key: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    // Inside a top-level array every value start is an element, objects or not, so indices stay aligned.
    if (key !== undefined && open.length === 2 && open[1] === '[' && startsValue(char, text[index - 1])) {
      elementLines.get(key)?.push(line);
    }
    if (char === '\n') {
      line += 1;
    } else if (char === '"') {
      const end = endOfString(text, index);
      // Only strings directly in the top-level object can be its keys; others need no decoding.
      lastString = open.length === 1 ? (JSON.parse(text.slice(index, end + 1)) as string) : undefined;
      index = end;
    } else if (char === ':' && open.length === 1 && lastString !== undefined) {
      key = lastString;
      keyLines.set(key, line);
      // A repeated key starts over, as JSON.parse keeps the last value.
      elementLines.set(key, []);
    } else if (char === '{' || char === '[') {
      open.push(char);
    } else if (char === '}' || char === ']') {
      open.pop();
    }
  }
  return { keyLines, elementLines };
}

function endOfString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === '"') return index;
  }
  return text.length - 1;
}

/** Whether a value begins here: an object, array, string, or the first character of a scalar. */
function startsValue(char: string | undefined, previous: string | undefined): boolean {
  if (char === undefined) return false;
  if (char === '{' || char === '[' || char === '"') return true;
  return /[-0-9tfn]/.test(char) && (previous === undefined || /[\s,[]/.test(previous));
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastNewline };
}
