import { describe, expect, it } from 'vitest';
import { loadImportFiles } from '../../../server/parse/load-files.ts';
import { parseCsv } from '../../../server/parse/parse-csv.ts';
import { summary, writeFiles } from '../../support/import-fixtures.ts';

const ACTORS_SEMICOLON = [
  'id;kind;name;shortName;aliases;bodyKind;sources;lastVerified',
  'bamf;agency;Bundesamt für Migration und Flüchtlinge;BAMF;;;doc-004;2026-11-21',
  'ak-integration;body;Arbeitskreis Integration;;AK Integration | AKI;workingGroup;doc-004|doc-005;2026-11-21',
].join('\n');

async function loadCsv(name: string, content: string | Uint8Array) {
  const { paths } = writeFiles({ [name]: content });
  const file = paths[name] ?? '';
  return { file, ...(await loadImportFiles([file])) };
}

describe('parseCsv', () => {
  it('reads a ;-separated file with German Excel conventions', async () => {
    const { file, records, issues } = await loadCsv('actors.csv', ACTORS_SEMICOLON);
    expect(issues).toEqual([]);
    expect(records.actors).toEqual([
      {
        data: {
          id: 'bamf',
          kind: 'agency',
          name: 'Bundesamt für Migration und Flüchtlinge',
          shortName: 'BAMF',
          aliases: null,
          bodyKind: null,
          sources: ['doc-004'],
          lastVerified: '2026-11-21',
        },
        location: { file, line: 2 },
      },
      {
        data: expect.objectContaining({
          aliases: ['AK Integration', 'AKI'],
          sources: ['doc-004', 'doc-005'],
        }) as unknown,
        location: { file, line: 3 },
      },
    ]);
  });

  it('reads a ,-separated file with quoted cells and a UTF-8 byte-order mark', async () => {
    const csv =
      '\uFEFFtype,from,to,role,kind,since,until,sources,lastVerified\nMEMBER_OF,bamf,ak-integration,member,,,,doc-004,2026-11-21\n';
    const { file, records, issues } = await loadCsv('relationships.csv', csv);
    expect(issues).toEqual([]);
    expect(records.relationships).toEqual([
      {
        data: {
          type: 'MEMBER_OF',
          from: 'bamf',
          to: 'ak-integration',
          role: 'member',
          kind: null,
          since: null,
          until: null,
          sources: ['doc-004'],
          lastVerified: '2026-11-21',
        },
        location: { file, line: 2 },
      },
    ]);
  });

  it('counts lines through quoted multi-line cells, CRLF line ends and empty rows', () => {
    const csv = [
      'id;kind;name;description;sources;lastVerified',
      'a1;agency;"Amt; mit Semikolon";"erste Zeile',
      'zweite Zeile";doc-004;2026-11-21',
      '',
      ';;;;;',
      'a2;agency;Amt 2;;doc-004;2026-11-21',
    ].join('\r\n');
    const { records, issues } = parseCsv('actors.csv', csv);
    expect(issues).toEqual([]);
    expect(records.actors.map((record) => [record.data.id, record.location.line])).toEqual([
      ['a1', 2],
      ['a2', 6],
    ]);
    expect(records.actors[0]?.data).toMatchObject({
      name: 'Amt; mit Semikolon',
      description: 'erste Zeile\nzweite Zeile',
    });
  });

  it('converts booleans and refuses anything but true/false', () => {
    const csv =
      'id,labelDe,labelEn,definition,crossCutting,sources,lastVerified\nt1,a,a,a,TRUE,doc-004,2026-11-21\nt2,b,b,b,ja,doc-004,2026-11-21\nt3,c,c,c,,doc-004,2026-11-21';
    const { records, issues } = parseCsv('topics.csv', csv);
    expect(records.topics.map((record) => record.data.crossCutting)).toEqual([true, undefined, null]);
    expect(summary(issues)).toEqual([{ code: 'INVALID_VALUE', line: 3, field: 'crossCutting' }]);
  });

  it('names each missing required column once, not once per row', () => {
    const csv = 'id;name;sources\nbamf;BAMF;doc-004\nawo;AWO;doc-004';
    const { records, issues } = parseCsv('actors.csv', csv);
    expect(summary(issues)).toEqual([
      { code: 'MISSING_COLUMN', line: 1, field: 'kind' },
      { code: 'MISSING_COLUMN', line: 1, field: 'lastVerified' },
    ]);
    expect(records.actors[0]?.missingColumns).toEqual(['kind', 'lastVerified']);
  });

  it('names an unknown column and still reads the known ones', () => {
    const csv =
      'id;kind;name;Ansprechpartner;sources;lastVerified\nbamf;agency;BAMF;Frau X;doc-004;2026-11-21';
    const { records, issues } = parseCsv('actors.csv', csv);
    expect(summary(issues)).toEqual([{ code: 'UNKNOWN_COLUMN', line: 1, field: 'Ansprechpartner' }]);
    expect(records.actors[0]?.data).not.toHaveProperty('Ansprechpartner');
  });

  it('refuses a file name that names no section', async () => {
    const { file, records, issues } = await loadCsv('akteure.csv', ACTORS_SEMICOLON);
    expect(issues).toMatchObject([{ code: 'UNKNOWN_FILE', file }]);
    expect(records.actors).toEqual([]);
  });

  it('reports broken quoting with its line', () => {
    const { issues } = parseCsv('actors.csv', 'id,kind,name\nbamf,agency,"BAMF\nawo,welfareOrganisation,AWO');
    expect(summary(issues)).toMatchObject([{ code: 'SYNTAX' }]);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a value in a column that has no header', () => {
    const { issues } = parseCsv(
      'actors.csv',
      'id;kind;name;sources;lastVerified\nbamf;agency;BAMF;doc-004;2026-11-21;extra',
    );
    expect(summary(issues)).toEqual([{ code: 'SYNTAX', line: 2 }]);
  });
});
