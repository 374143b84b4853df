// A JSON import document → located records per section. Only the shape of the document is checked here (an
// object, known sections, arrays of objects); the records themselves are checked by validation.
import { FORMAT_VERSION, SECTION_NAMES, type SectionName } from '../domain/atlas-document.ts';
import { importError, type ImportIssue } from '../errors/issues.ts';
import { lineAndColumn, scanPositions } from './json-positions.ts';
import { emptyRecords, type ParseResult } from './records.ts';

export function parseJson(file: string, text: string): ParseResult {
  const records = emptyRecords();
  const issues: ImportIssue[] = [];
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    issues.push(syntaxIssue(file, text, error));
    return { records, issues };
  }
  if (!isPlainObject(document)) {
    issues.push(
      importError('SYNTAX', { file, line: 1 }, 'expected a JSON object with "format" and sections'),
    );
    return { records, issues };
  }

  const { keyLines, elements } = scanPositions(text);
  const at = (key: string) => ({ file, line: keyLines.get(key) ?? 1 });
  if (document.format === undefined) {
    issues.push(
      importError('REQUIRED', { file, line: 1 }, `"format" is required: "${FORMAT_VERSION}"`, {
        field: 'format',
      }),
    );
  } else if (document.format !== FORMAT_VERSION) {
    const message = `unsupported format ${JSON.stringify(document.format)}: expected "${FORMAT_VERSION}"`;
    issues.push(importError('INVALID_VALUE', at('format'), message, { field: 'format' }));
  }

  for (const [key, value] of Object.entries(document)) {
    if (key === 'format') continue;
    if (!isSection(key)) {
      const message = `unknown section "${key}"; sections are ${SECTION_NAMES.join(', ')}`;
      issues.push(importError('UNKNOWN_FIELD', at(key), message, { field: key }));
    } else if (!Array.isArray(value)) {
      issues.push(importError('INVALID_VALUE', at(key), `"${key}" must be a list`, { field: key }));
    } else {
      const positions = elements.get(key) ?? [];
      value.forEach((element: unknown, index) => {
        const position = positions[index];
        const location = {
          file,
          line: position?.line ?? at(key).line,
          record: `${key}[${index}]`,
          ...(position?.fields === undefined ? {} : { fieldLines: position.fields }),
        };
        if (isPlainObject(element)) records[key].push({ data: element, location });
        else issues.push(importError('INVALID_VALUE', location, 'expected an object with fields'));
      });
    }
  }
  return { records, issues };
}

function syntaxIssue(file: string, text: string, error: unknown): ImportIssue {
  const message = error instanceof Error ? error.message : String(error);
  // V8 names the offset ("… in JSON at position 42"); a truncated file fails at its end and names none.
  const offset = /position (\d+)/.exec(message)?.[1];
  const { line, column } = lineAndColumn(text, offset === undefined ? text.length : Number(offset));
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '');
  return importError('SYNTAX', { file, line, column }, `invalid JSON: ${reason}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSection(key: string): key is SectionName {
  return (SECTION_NAMES as readonly string[]).includes(key);
}
