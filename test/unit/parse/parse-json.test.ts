import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../server/parse/parse-json.ts';
import { summary } from '../../support/import-fixtures.ts';

describe('parseJson', () => {
  it('locates each record by the line of its opening brace and its path', () => {
    const json = [
      '{',
      '  "format": "integration-atlas/1",',
      '  "actors": [',
      '    { "id": "bamf", "note": "a \\"quoted\\" [bracket] {brace}" },',
      '    {',
      '      "id": "awo"',
      '    }',
      '  ],',
      '  "topics": [{ "id": "sprache" }]',
      '}',
    ].join('\n');
    const { records, issues } = parseJson('import.json', json);
    expect(issues).toEqual([]);
    // toMatchObject: a location also carries its fields' lines (json-positions.test.ts).
    expect(records.actors.map((record) => record.location)).toMatchObject([
      { file: 'import.json', line: 4, record: 'actors[0]' },
      { file: 'import.json', line: 5, record: 'actors[1]' },
    ]);
    expect(records.topics[0]?.location).toMatchObject({ file: 'import.json', line: 9, record: 'topics[0]' });
  });

  it('keeps indices aligned past an element that is not an object', () => {
    const json = '{\n"format": "integration-atlas/1",\n"actors": [\n"bamf",\n{ "id": "awo" }\n]\n}';
    const { records, issues } = parseJson('import.json', json);
    expect(summary(issues)).toEqual([{ code: 'INVALID_VALUE', line: 4 }]);
    expect(records.actors[0]?.location).toMatchObject({ file: 'import.json', line: 5, record: 'actors[1]' });
  });

  it('names line and column of a syntax error', () => {
    const json = '{\n  "format": "integration-atlas/1",\n  "actors": [\n    { "id": "bamf", }\n  ]\n}';
    const { issues } = parseJson('import.json', json);
    expect(issues).toMatchObject([{ code: 'SYNTAX', file: 'import.json', line: 4, column: 21 }]);
  });

  it('reports a truncated file at its end', () => {
    const { issues } = parseJson('import.json', '{\n  "format": "integration-atlas/1",\n  "actors": [');
    expect(issues).toMatchObject([{ code: 'SYNTAX', line: 3 }]);
  });

  it('refuses an unknown section, a section that is not a list and a missing format', () => {
    const json = '{\n  "actor": [],\n  "topics": {}\n}';
    const { issues } = parseJson('import.json', json);
    expect(summary(issues)).toEqual([
      { code: 'REQUIRED', line: 1, field: 'format' },
      { code: 'UNKNOWN_FIELD', line: 2, field: 'actor' },
      { code: 'INVALID_VALUE', line: 3, field: 'topics' },
    ]);
  });

  it('refuses another format version', () => {
    const { issues } = parseJson('import.json', '{ "format": "integration-atlas/2" }');
    expect(summary(issues)).toEqual([{ code: 'INVALID_VALUE', line: 1, field: 'format' }]);
  });
});
