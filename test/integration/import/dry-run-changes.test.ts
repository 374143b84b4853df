import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { formatReport } from '../../../server/import/format-report.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { readDocument } from '../../../server/store/read-document.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { loadSmallAtlas, restatedCaritas } from '../graphql/write/support/small-atlas.ts';

// `npm run seed -- --dry-run` against stored records: the report docs/import-export.md shows, line for line.
describe('npm run seed --dry-run lists, per record, what would change', () => {
  let db: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-dry-run-'));
  const file = path.join(dir, 'restated.json');

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    await loadSmallAtlas(db);
    fs.writeFileSync(file, JSON.stringify(restatedCaritas(['src-b'], 'Caritas Bergstraße e. V.'), null, 2));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows each changed field before → after, the added source included, and writes nothing', async () => {
    const before = await readDocument(db);
    const report = await runImport(db, [file], { dryRun: true });
    expect(formatReport(report).split('\n')).toEqual([
      'Dry run: nothing was written. This import would change:',
      '  section        created  updated  unchanged',
      '  actors               0        1          0',
      '  relationships        0        1          0',
      'Records that would change:',
      '  updated actors caritas-bergstrasse',
      '    name: "Caritasverband Bergstraße" → "Caritas Bergstraße e. V."',
      '    sources: ["src-a"] → ["src-a","src-b"]',
      '  updated relationships COOPERATES_WITH|caritas-bergstrasse|jobcenter-bergstrasse|referral',
      '    sources: ["src-a"] → ["src-a","src-b"]',
    ]);
    expect(await readDocument(db)).toEqual(before);
  });

  it('drops a source only under replaceSources, and then shows it before → after', async () => {
    await runImport(db, [file]);
    const sources = async () =>
      (await readDocument(db, ['caritas-bergstrasse'])).actors.find((a) => a.id === 'caritas-bergstrasse')
        ?.sources;
    expect(await sources()).toEqual(['src-a', 'src-b']);
    const dry = await runImport(db, [file], { dryRun: true, replaceSources: true });
    expect(formatReport(dry)).toContain('    sources: ["src-a","src-b"] → ["src-b"]');
    await runImport(db, [file], { replaceSources: true });
    expect(await sources()).toEqual(['src-b']);
  });
});
