import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadImportFiles } from '../../../server/parse/load-files.ts';
import { lookupKeys } from '../../../server/validate/lookup-keys.ts';
import { writeFiles } from '../../support/import-fixtures.ts';

describe('loadImportFiles', () => {
  it('combines a directory of CSV files with a JSON document, section by section', async () => {
    const { dir, paths } = writeFiles({
      'actors.csv': 'id,kind,name,sources,lastVerified\nbamf,agency,BAMF,doc-004,2026-11-21\n',
      'target-groups.csv':
        'id;labelDe;labelEn;definition;sources;lastVerified\nfrauen;Frauen;Women;x;doc-004;2026-11-21\n',
      'README.txt': 'not an import file',
    });
    const json = writeFiles({
      'more.json': JSON.stringify({ format: 'integration-atlas/1', actors: [{ id: 'awo' }] }),
    }).paths['more.json'];
    const { records, issues } = await loadImportFiles([dir, json ?? '', paths['actors.csv'] ?? '']);
    expect(issues).toEqual([]);
    expect(records.actors.map((record) => [record.data.id, path.basename(record.location.file)])).toEqual([
      ['bamf', 'actors.csv'],
      ['awo', 'more.json'],
    ]);
    expect(records.targetGroups).toHaveLength(1);
  });

  it('reports unknown and unreadable paths and goes on with the rest', async () => {
    const { dir, paths } = writeFiles({
      'akteure.csv': 'id\nx\n',
      'notes.txt': 'x',
      'topics.csv': new Uint8Array([0xff, 0xfe, 0x69, 0x00]),
      'actors.csv': 'id,kind,name,sources,lastVerified\nbamf,agency,BAMF,doc-004,2026-11-21\n',
    });
    const missing = path.join(dir, 'missing.json');
    const { records, issues } = await loadImportFiles([dir, paths['notes.txt'] ?? '', missing]);
    expect(issues.map(({ code, file }) => ({ code, file: path.basename(file) }))).toEqual([
      { code: 'UNKNOWN_FILE', file: 'notes.txt' },
      { code: 'UNREADABLE_FILE', file: 'missing.json' },
      { code: 'UNKNOWN_FILE', file: 'akteure.csv' },
      { code: 'ENCODING', file: 'topics.csv' },
    ]);
    expect(records.actors).toHaveLength(1);
  });

  it('lists the ids and name keys the database must be asked about', async () => {
    const { dir } = writeFiles({
      'actors.csv':
        'id;kind;name;aliases;sources;lastVerified\nawo;x;AWO Gießen;AWO KV;doc-004|doc-005;2026\n',
      'relationships.csv':
        'type;from;to;role;regions;sources;lastVerified\nLOCATED_IN;awo;lahn-dill;;;doc-004;2026\n' +
        'PROVIDES;awo;mbe;provider;wetzlar|herborn;doc-004;2026\n',
      'topics.csv': 'id;labelDe;broader;sources\nsprache;Sprache;bildung;doc-004\n',
    });
    const keys = lookupKeys((await loadImportFiles([dir])).records);
    expect([...keys.ids].sort()).toEqual([
      'awo',
      'bildung',
      'doc-004',
      'doc-005',
      'herborn',
      'lahn-dill',
      'mbe',
      'sprache',
      'wetzlar',
    ]);
    expect(keys.nameKeys).toEqual(['awo giessen', 'awo kv']);
  });
});
