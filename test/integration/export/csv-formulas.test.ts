// CSV injection through the real export and import: texts that a spreadsheet would run as formulas are stored as
// they are, exported with an apostrophe before them, and an import of that export gives back exactly the graph.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { readPart } from '../../../server/export/select-part.ts';
import { toCsvFiles } from '../../../server/export/to-csv.ts';
import { toJson } from '../../../server/export/to-json.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { baseDocument, VERIFIED } from '../../support/import-fixtures.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

/** Names, notes and aliases that start like formulas, or genuinely with an apostrophe. */
function formulaDocument() {
  const document = baseDocument();
  document.sources.push({
    id: 'doc-formel',
    title: '=HYPERLINK("https://evil.example","Quelle")',
    dateRead: '2026-11-21',
  });
  document.actors.push(
    {
      id: 'formel-gleich',
      kind: 'welfareOrganisation',
      name: '=cmd|"/C calc"!A0',
      shortName: '@SUMME(1;2)',
      aliases: ['+49 231 1234-0', 'plain'],
      description: '-Beratung- für alle',
      note: "'s-Hertogenbosch",
      phone: '+49 231 1234-0',
      ...VERIFIED,
    },
    { id: 'apostroph', kind: 'agency', name: "'=quoted on purpose", aliases: ["''"], ...VERIFIED },
  );
  document.relationships.push({
    type: 'LOCATED_IN',
    from: 'formel-gleich',
    to: 'lahn-dill',
    note: '@here',
    sources: ['doc-004', 'doc-formel'],
    lastVerified: '2026-11-21',
  });
  return document;
}

describe('CSV export → import of formula-like texts', () => {
  let db: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-csv-formulas-'));
  let runs = 0;

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    const file = path.join(dir, `formulas-${(runs += 1)}.json`);
    fs.writeFileSync(file, JSON.stringify(formulaDocument()));
    const report = await runImport(db, [file]);
    expect(report.ok ? [] : report.errors).toEqual([]);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes no cell that starts like a formula', async () => {
    const files = toCsvFiles(await readPart(db));
    for (const [name, content] of files) {
      const rows: string[][] = parse(content.replace(/^\uFEFF/, ''), { record_delimiter: '\r\n' });
      for (const cell of rows.flat()) expect(cell, `${name}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const actors = files.get('actors.csv') ?? '';
    expect(actors).toContain(`"'=cmd|""/C calc""!A0"`);
    expect(actors).toContain("'@SUMME(1;2)");
    expect(actors).toContain("'+49 231 1234-0|plain");
    expect(actors).toContain("''=quoted on purpose");
    expect(files.get('sources.csv')).toContain(`"'=HYPERLINK(`);
    expect(files.get('relationships.csv')).toContain(",'@here,");
  });

  it('imports the export into an empty database as exactly the same graph', async () => {
    const original = toJson(await readPart(db));
    expect(original).toContain('"name": "=cmd|\\"/C calc\\"!A0"');
    const csvDir = fs.mkdtempSync(path.join(dir, 'csv-'));
    for (const [name, content] of toCsvFiles(await readPart(db)))
      fs.writeFileSync(path.join(csvDir, name), content);
    await resetDatabase(db);
    const report = await runImport(db, [csvDir]);
    expect(report.ok ? [] : report.errors).toEqual([]);
    expect(toJson(await readPart(db))).toBe(original);
  });
});
