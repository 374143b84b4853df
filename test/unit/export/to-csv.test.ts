import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ExportError } from '../../../server/export/export-error.ts';
import { sortDocument } from '../../../server/export/sort-document.ts';
import { toCsvFiles } from '../../../server/export/to-csv.ts';
import { sectionFields } from '../../../server/domain/fields.ts';
import { curatedDocument, reimport, sampleDocument } from './fixtures.ts';

/** The rows of a file as an independent RFC 4180 reader sees them, header first. */
function rows(content: string | undefined): string[][] {
  return parse((content ?? '').replace(/^\uFEFF/, ''), { record_delimiter: '\r\n' });
}

describe('toCsvFiles', () => {
  it('imports again as the same document, in canonical order', async () => {
    const doc = sampleDocument();
    const { document, errors } = await reimport(toCsvFiles(doc));
    expect(errors).toEqual([]);
    expect(document).toEqual(sortDocument(doc));
  });

  it('round-trips the curated dataset', async () => {
    const doc = await curatedDocument();
    const { document, errors } = await reimport(toCsvFiles(doc));
    expect(errors).toEqual([]);
    expect(document).toEqual(sortDocument(doc));
  });

  it('writes one file per non-empty section, under the names the reader expects', () => {
    const doc = { ...sampleDocument(), programs: [], relationships: [] };
    expect([...toCsvFiles(doc).keys()]).toEqual([
      'sources.csv',
      'terms.csv',
      'topics.csv',
      'target-groups.csv',
      'regions.csv',
      'actors.csv',
      'measures.csv',
    ]);
  });

  it('starts with a BOM and a header of every field, and ends rows with CRLF', () => {
    const actors = toCsvFiles(sampleDocument()).get('actors.csv') ?? '';
    expect(actors.startsWith('\uFEFFid,kind,name,')).toBe(true);
    expect(actors.endsWith('\r\n')).toBe(true);
    expect(rows(actors)[0]).toEqual(sectionFields('actors').all);
  });

  it('quotes cells with , " ; and line breaks, and keeps umlauts and leading zeros as they are', () => {
    const files = toCsvFiles(sampleDocument());
    const actors = files.get('actors.csv') ?? '';
    expect(actors).toContain('"Arbeitskreis ""Integration"", Lahn-Dill; Gießen"');
    expect(actors).toContain('"AK Integration|Runder Tisch, Ärzte & Öffentlichkeit"');
    expect(actors).toContain('"Koordiniert\nalle Kursarten"');
    expect(actors).toContain(',Bundesamt für Migration und Flüchtlinge,BAMF,');
    expect(files.get('target-groups.csv')).toContain('"Asyl; Schutz"');
    expect(files.get('regions.csv')).toContain(',06,');

    const [header = [], ...data] = rows(actors);
    const row = data.find((cells) => cells[0] === 'ak-integration') ?? [];
    const cell = (field: string) => row[header.indexOf(field)];
    expect(data).toHaveLength(2);
    expect(cell('name')).toBe('Arbeitskreis "Integration", Lahn-Dill; Gießen');
    expect(cell('sources')).toBe('doc-a|doc-b');
    expect(cell('unnamed')).toBe('true');
    expect(cell('shortName')).toBe('');
  });

  it('refuses a list item containing | and names the record and field', () => {
    const doc = sampleDocument();
    const bamf = doc.actors.find((actor) => actor.id === 'bamf');
    if (!bamf) throw new Error('fixture lacks bamf');
    bamf.aliases = ['Bundesamt | BAMF'];
    expect(() => toCsvFiles(doc)).toThrow(ExportError);
    try {
      toCsvFiles(doc);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'UNREPRESENTABLE_VALUE',
        details: { record: 'bamf', field: 'aliases' },
      });
    }
  });
});
