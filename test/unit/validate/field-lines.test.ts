import { describe, expect, it } from 'vitest';
import { loadImportFiles } from '../../../server/parse/load-files.ts';
import { createExistingGraph } from '../../../server/validate/in-memory-graph.ts';
import { validateImport } from '../../../server/validate/validate-document.ts';
import {
  baseDocument,
  recordLine,
  summary,
  validateJson,
  VERIFIED,
  writeFiles,
} from '../../support/import-fixtures.ts';
import { fieldLine } from './field-line.ts';

const bamf = { id: 'bamf', kind: 'agency', name: 'Bundesamt für Migration und Flüchtlinge', ...VERIFIED };
const body = {
  id: 'ak-integration',
  kind: 'body',
  bodyKind: 'workingGroup',
  name: 'AK Integration',
  ...VERIFIED,
};

const existing = createExistingGraph({
  nodes: [
    { id: 'doc-004', kind: 'Source' },
    { id: 'bamf', kind: 'Actor' },
    { id: 'ak-integration', kind: 'Body' },
  ],
  terms: [{ vocabulary: 'membershipRole', key: 'member' }],
});

describe('an issue names the line of the field it is about (JSON)', () => {
  it("names the key's line of a wrong value deep in a record, not the record's opening brace", async () => {
    const document = baseDocument();
    document.actors.push(bamf, body);
    document.relationships.push({
      type: 'MEMBER_OF',
      from: 'bamf',
      role: 'member',
      since: '2020',
      until: '2024',
      note: 'seit der Gründung',
      to: 'ak-nirgends',
      ...VERIFIED,
    });
    const { errors, json } = await validateJson(document);
    const lines = json.split('\n');
    const toLine = lines.findIndex((line) => line.includes('"to": "ak-nirgends"')) + 1;
    const braceLine = lines.slice(0, toLine).findLastIndex((line) => line.trim() === '{') + 1;
    expect(toLine - braceLine).toBe(7);
    expect(summary(errors)).toEqual([{ code: 'UNKNOWN_REFERENCE', line: toLine, field: 'to' }]);
  });

  it("keeps the record's line for a field that is missing", async () => {
    const document = baseDocument();
    document.actors.push({ id: 'bamf', kind: 'agency', ...VERIFIED });
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual([{ code: 'REQUIRED', line: recordLine(json, 'bamf'), field: 'name' }]);
  });

  it('names the line of the list item at fault', async () => {
    const document = baseDocument();
    document.actors.push(
      { ...bamf, sources: ['doc-004', 'doc-999'] },
      { ...body, sources: ['doc-004', 'Kein Slug!'] },
    );
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual([
      { code: 'UNKNOWN_REFERENCE', line: fieldLine(json, 'bamf', 'sources', 1), field: 'sources' },
      { code: 'INVALID_VALUE', line: fieldLine(json, 'ak-integration', 'sources', 1), field: 'sources' },
    ]);
  });

  it("names the field's line in a record written on one line, and the key's line for a list item", async () => {
    const json = [
      '{ "format": "integration-atlas/1", "relationships": [',
      '  { "type": "MEMBER_OF", "from": "bamf", "to": "ak-integration", "role": "member",',
      '    "sources": ["doc-004", "doc-9"], "lastVerified": "2026-11-21" }] }',
    ].join('\n');
    const { paths } = writeFiles({ 'import.json': json });
    const loaded = await loadImportFiles([paths['import.json'] ?? '']);
    const { errors } = validateImport(loaded.records, existing);
    expect(summary([...loaded.issues, ...errors])).toEqual([
      { code: 'UNKNOWN_REFERENCE', line: 3, field: 'sources' },
    ]);
  });
});

describe('an issue names line and column of a CSV cell', () => {
  it('gives the row as line and the column as field', async () => {
    const { dir, paths } = writeFiles({
      'relationships.csv': [
        'type;from;to;role;sources;lastVerified',
        'MEMBER_OF;bamf;ak-integration;member;doc-004;2026-11-21',
        'MEMBER_OF;bamf;ak-nirgends;member;doc-004;2026-11-21',
        'MEMBER_OF;bamf;ak-integration;member;doc-004;21.11.2026',
      ].join('\n'),
    });
    const loaded = await loadImportFiles([dir]);
    const { errors } = validateImport(loaded.records, existing);
    const file = paths['relationships.csv'];
    expect(errors).toMatchObject([
      { code: 'UNKNOWN_REFERENCE', file, line: 3, field: 'to' },
      { code: 'INVALID_DATE', file, line: 4, field: 'lastVerified' },
    ]);
  });
});
