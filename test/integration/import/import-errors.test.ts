import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { runImport, type ImportReport } from '../../../server/import/run-import.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const STATISTICS = cypherFile('queries/statistics');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-import-'));

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

const ACTORS_HEADER = 'id;kind;name;shortName;aliases;bodyKind;sources;lastVerified';

describe('bad import files are refused with clear errors and write nothing', () => {
  let db: Database;
  let before: unknown;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    before = await db.read(STATISTICS);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function refused(paths: string[]): Promise<Extract<ImportReport, { ok: false }>> {
    const report = await runImport(db, paths);
    expect(report.ok).toBe(false);
    expect(await db.read(STATISTICS)).toEqual(before);
    return report as Extract<ImportReport, { ok: false }>;
  }

  it('wrong encoding (Latin-1 umlauts) names the file and line', async () => {
    const latin1 = Buffer.from(
      `${ACTORS_HEADER}\nawo-x;welfareOrganisation;Arbeiterwohlfahrt M\xfcnchen;;;;doc-004;2026-11-21\n`,
      'latin1',
    );
    const report = await refused([file('latin1/actors.csv', latin1)]);
    expect(report.errors[0]).toMatchObject({ code: 'ENCODING', line: 2 });
    expect(report.errors[0]?.file).toContain('actors.csv');
  });

  it('missing required columns are named', async () => {
    const report = await refused([file('missing/actors.csv', 'id;kind;sources\nnew-actor;agency;doc-004\n')]);
    expect(report.errors.map((e) => e.code)).toContain('MISSING_COLUMN');
    expect(report.errors.some((e) => e.field === 'name' || e.message.includes('name'))).toBe(true);
  });

  it('an unknown vocabulary term names line and field', async () => {
    const report = await refused([
      file(
        'term/actors.csv',
        `${ACTORS_HEADER}\nnew-actor;agency;Neues Amt;;;;doc-004;2026-11-21\nnew-body;body;Neuer Kreis;;;roundTable;doc-004;2026-11-21\n`,
      ),
    ]);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_TERM', line: 3, field: 'bodyKind' }),
    ]);
  });

  it('an unknown reference names line and field', async () => {
    const report = await refused([
      file(
        'ref/relationships.csv',
        'type,from,to,role,sources,lastVerified\nMEMBER_OF,bamf,no-such-body,member,doc-004,2026-11-21\n',
      ),
    ]);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', line: 2, field: 'to' }),
    ]);
  });

  it('a misspelt id that only the database holds gets a did-you-mean of a fitting kind', async () => {
    const report = await refused([
      file(
        'typo/relationships.csv',
        'type,from,to,role,sources,lastVerified\nMEMBER_OF,jobcenter-doc-04,ak-integration-doc-004,member,doc-004,2026-11-21\n',
      ),
    ]);
    expect(report.errors.map(({ code, line, field }) => ({ code, line, field }))).toEqual([
      { code: 'UNKNOWN_REFERENCE', line: 2, field: 'from' },
    ]);
    expect(report.errors[0]?.message).toContain('did you mean "jobcenter-doc-004"');
  });

  it('a duplicate id within the import names both places', async () => {
    const report = await refused([
      file(
        'dup/actors.csv',
        `${ACTORS_HEADER}\nsame-id;agency;Amt A;;;;doc-004;2026-11-21\nsame-id;agency;Amt B;;;;doc-004;2026-11-21\n`,
      ),
    ]);
    expect(report.errors[0]).toMatchObject({ code: 'DUPLICATE_ID', line: 3 });
    expect(report.errors[0]?.other?.line).toBe(2);
  });

  it('a malformed date names line and field', async () => {
    const report = await refused([
      file('date/actors.csv', `${ACTORS_HEADER}\nnew-actor;agency;Neues Amt;;;;doc-004;21.11.2026\n`),
    ]);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', line: 2, field: 'lastVerified' }),
    ]);
  });

  it('several problems in several files are all reported at once', async () => {
    const report = await refused([
      file(
        'many/actors.csv',
        `${ACTORS_HEADER}\nnew-actor;nonsense;Neues Amt;;;;doc-004;2026-11-21\nother-actor;agency;Anderes Amt;;;;doc-004;2026-13-01\n`,
      ),
      file(
        'many/relationships.csv',
        'type,from,to,sources,lastVerified\nFUNDS,new-actor,ghost,doc-004,2026-11-21\n',
      ),
    ]);
    expect(new Set(report.errors.map((e) => e.code))).toEqual(
      new Set(['UNKNOWN_TERM', 'UNKNOWN_REFERENCE', 'INVALID_DATE']),
    );
    expect(new Set(report.errors.map((e) => path.basename(e.file)))).toEqual(
      new Set(['actors.csv', 'relationships.csv']),
    );
  });

  it('a likely duplicate (same name folded, same region) stops the import unless allowed', async () => {
    const csv = `${ACTORS_HEADER}\nbra-copy;agency;Bezirksregierung  ARNSBERG;;;;doc-002;2026-11-21\n`;
    const rel = 'type,from,to,sources,lastVerified\nLOCATED_IN,bra-copy,de-059,doc-002,2026-11-21\n';
    const paths = [file('likely/actors.csv', csv), file('likely/relationships.csv', rel)];
    const report = await refused(paths);
    expect(report.blockedByDuplicates).toBe(true);
    expect(report.warnings[0]).toMatchObject({ code: 'LIKELY_DUPLICATE' });
  });
});

describe('imports that succeed', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
  });
  afterAll(() => db.close());

  it('report created / updated / unchanged; a dry run writes nothing; re-running changes nothing', async () => {
    const first = await runImport(db, [CURATED_DATASET], { dryRun: true });
    expect(first).toMatchObject({ ok: true, dryRun: true });
    expect(await db.read(cypherFile('queries/count-entities'))).toEqual([{ entities: 0 }]);

    const real = await runImport(db, [CURATED_DATASET]);
    expect(real.ok && real.counts.actors).toEqual({ created: 31, updated: 0, unchanged: 0 });
    const again = await runImport(db, [CURATED_DATASET]);
    expect(again.ok && again.counts.relationships).toEqual({ created: 0, updated: 0, unchanged: 292 });
  });

  it('updates one field of one actor from a German-Excel CSV (BOM, semicolons) and nothing else', async () => {
    const csv = `\ufeff${ACTORS_HEADER}\njobcenter-doc-004;jobcenter;Jobcenter (Landkreis);JC;;;doc-004;2026-11-22\n`;
    const report = await runImport(db, [file('update/actors.csv', csv)]);
    expect(report.ok && report.counts.actors).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const rows = await db.read(cypherFile('fixtures/fact-check'), {
      type: 'MEMBER_OF',
      from: 'jobcenter-doc-004',
      to: 'ak-integration-doc-004',
    });
    expect(rows[0]).toMatchObject({ found: true });
  });
});
