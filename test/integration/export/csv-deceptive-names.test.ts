// Deceptive names through a real import (CSV files, the database's stored name keys) and an admin mutation: a
// name mixing scripts is refused naming file, line and field; one with invisible characters is stored clean and,
// like a name of Cyrillic look-alikes, stopped as a likely duplicate of the stored "Caritas Köln".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEntity } from '../../../server/admin/create-entity.ts';
import type { Database } from '../../../server/db/database.ts';
import { readPart } from '../../../server/export/select-part.ts';
import { runImport, systemAuthor } from '../../../server/import/run-import.ts';
import { baseDocument, VERIFIED } from '../../support/import-fixtures.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const HEADER = 'id,kind,name,aliases,sources,lastVerified';
const row = (id: string, name: string, aliases = '') =>
  `${id},welfareOrganisation,${name},${aliases},doc-004,2026-11-21`;

describe('deceptive names in a real import', () => {
  let db: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-deceptive-'));
  let count = 0;

  /** Writes `actors.csv` with these rows into a fresh folder and returns its path. */
  function actorsCsv(...rows: string[]): string {
    count += 1;
    const folder = path.join(dir, `import-${count}`);
    fs.mkdirSync(folder);
    const file = path.join(folder, 'actors.csv');
    fs.writeFileSync(file, [HEADER, ...rows].join('\r\n'));
    return file;
  }

  async function storedActorIds(): Promise<string[]> {
    return (await readPart(db)).actors.map((actor) => actor.id);
  }

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    const document = baseDocument();
    document.actors.push({
      id: 'caritas-koeln',
      kind: 'welfareOrganisation',
      name: 'Caritas Köln',
      ...VERIFIED,
    });
    const file = path.join(dir, `base-${count}.json`);
    fs.writeFileSync(file, JSON.stringify(document));
    const report = await runImport(db, [file]);
    expect(report.ok ? [] : report.errors).toEqual([]);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a name with Cyrillic letters in a Latin word, naming file, line and field, and writes nothing', async () => {
    const file = actorsCsv(row('caritas-echt', 'Caritas Bonn'), row('caritas-falsch', 'Саritas Bonn'));
    const report = await runImport(db, [file]);
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors).toMatchObject([{ code: 'INVALID_VALUE', file, line: 3, field: 'name' }]);
    expect(await storedActorIds()).toEqual(['caritas-koeln']);
  });

  it('refuses a bidi override in an alias', async () => {
    const file = actorsCsv(row('awo-bonn', 'AWO Bonn', 'AWO|\u202EnnoB OWA'));
    const report = await runImport(db, [file]);
    expect(report.ok ? [] : report.errors).toMatchObject([
      { code: 'INVALID_VALUE', file, line: 2, field: 'aliases' },
    ]);
  });

  it.each([
    ['a zero-width space', 'Cari\u200Btas Köln'],
    ['a soft hyphen and a byte-order mark', 'Cari\u00ADtas\uFEFF Köln'],
    ['Cyrillic look-alikes only', 'Сагітаѕ Köln'],
  ])('stops a name with %s as a likely duplicate of the stored one', async (_, name) => {
    const file = actorsCsv(row('caritas-zwei', name));
    const report = await runImport(db, [file]);
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors).toEqual([]);
    expect(report.blockedByDuplicates).toBe(true);
    expect(report.warnings).toMatchObject([{ code: 'LIKELY_DUPLICATE', file, line: 2, field: 'name' }]);
    expect(report.warnings[0]?.message).toContain('caritas-koeln');
  });

  it('stores a name clean of invisible characters when the admin imports it anyway', async () => {
    const file = actorsCsv(row('caritas-zwei', 'Cari\u200Btas\u00AD Köln', 'C\u2060V'));
    const report = await runImport(db, [file], { allowDuplicates: true });
    expect(report.ok).toBe(true);
    const stored = (await readPart(db)).actors.find((actor) => actor.id === 'caritas-zwei');
    expect(stored).toMatchObject({ name: 'Caritas Köln', aliases: ['CV'] });
  });

  it('refuses the same in an admin mutation, which validates like an import', async () => {
    const writer = { db, author: systemAuthor('test') };
    const input = { id: 'caritas-drei', kind: 'welfareOrganisation', name: 'Cаritas Bonn', ...VERIFIED };
    await expect(createEntity(writer, 'ACTOR', input)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { issues: [expect.objectContaining({ code: 'INVALID_VALUE', file: 'input', field: 'name' })] },
    });
    expect(await storedActorIds()).toEqual(['caritas-koeln']);
  });
});
