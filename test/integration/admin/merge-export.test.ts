// After a merge the graph is one an import accepts: its export, imported into an emptied database, gives no error
// and no warning, and the same graph back (the merge writes with the importer's statements and validates first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { mergeDuplicates } from '../../../server/admin/merge-duplicates.ts';
import { readPart } from '../../../server/export/select-part.ts';
import { toCsvFiles } from '../../../server/export/to-csv.ts';
import { toJson } from '../../../server/export/to-json.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { loadDuplicates } from './merge-fixture.ts';

const AUTHOR = { changedBy: 'tester', requestId: 'merge-export' };

describe('after a merge, the export imports cleanly into an empty database', () => {
  let db: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-merge-export-'));
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    await loadDuplicates(db);
    const writer = { db, author: AUTHOR };
    // Folds, a cooperation of another kind, one stored the other way round, one between the two; and a body kept.
    await mergeDuplicates(writer, 'caritas-bergstrasse', 'caritas-kopie');
    await mergeDuplicates(writer, 'ak-integration', 'ak-verein');
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('as JSON: no errors, no warnings, the same graph', async () => {
    const exported = toJson(await readPart(db));
    const file = path.join(dir, 'merged.json');
    fs.writeFileSync(file, exported);
    await resetDatabase(db);
    const report = await runImport(db, [file]);
    expect(report.ok ? [] : report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(toJson(await readPart(db))).toBe(exported);
  });

  it('as CSV: no errors, no warnings, the same graph', async () => {
    const original = await readPart(db);
    const csvDir = fs.mkdtempSync(path.join(dir, 'csv-'));
    for (const [name, content] of toCsvFiles(original)) fs.writeFileSync(path.join(csvDir, name), content);
    await resetDatabase(db);
    const report = await runImport(db, [csvDir]);
    expect(report.ok ? [] : report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(toJson(await readPart(db))).toBe(toJson(original));
  });
});
