// Reading an import file as text. Spreadsheets are the usual source, and Excel's default "CSV" is Windows-1252,
// which would turn every umlaut into mojibake in the graph; so anything that is not UTF-8 is refused, with the fix.
import { readFile } from 'node:fs/promises';
import { importError, type ImportIssue } from '../errors/issues.ts';

export type ReadTextResult = { readonly text: string } | { readonly issue: ImportIssue };

const FIX = "not UTF-8: save it as UTF-8 (Excel: 'CSV UTF-8')";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// UTF-32 LE starts like UTF-16 LE, so it must be tested first.
const FOREIGN_BOMS: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'UTF-32', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { name: 'UTF-32', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { name: 'UTF-16', bytes: [0xff, 0xfe] },
  { name: 'UTF-16', bytes: [0xfe, 0xff] },
];

export async function readText(file: string): Promise<ReadTextResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { issue: importError('UNREADABLE_FILE', { file }, `cannot read the file: ${reason}`) };
  }
  return decodeText(file, bytes);
}

/** The decoding step alone, for callers that already hold the bytes (an upload, for instance). */
export function decodeText(file: string, bytes: Uint8Array): ReadTextResult {
  const foreign = FOREIGN_BOMS.find((bom) => startsWith(bytes, bom.bytes));
  if (foreign) return { issue: importError('ENCODING', { file }, `${foreign.name} text is ${FIX}`) };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  // NUL is valid UTF-8 but never in a text file: it is the other half of UTF-16 without a byte-order mark.
  const nul = body.indexOf(0x00);
  if (nul !== -1) {
    const line = lineOfOffset(body, nul);
    return {
      issue: importError(
        'ENCODING',
        { file, line },
        `NUL bytes on line ${line} (UTF-16?): the file is ${FIX}`,
      ),
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const line = lineOfFirstInvalidByte(body);
    return {
      issue: importError('ENCODING', { file, line }, `invalid bytes on line ${line}: the file is ${FIX}`),
    };
  }
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  return bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The decoder does not say where it failed, so decode line by line: the first line that fails holds the first
 * bad byte. A newline byte (0x0a) never occurs inside a multi-byte UTF-8 sequence, so splitting there is safe.
 */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) break;
    line += 1;
    start = newline + 1;
  }
  return line;
}
