import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const TRAIL = `query Trail($id: ID) {
  auditTrail(targetId: $id, first: 50) { entries { changedBy action targetId before after } }
}`;

interface Trail {
  auditTrail: {
    entries: { changedBy: string; action: string; targetId: string | null; before: string | null }[];
  };
}

describe('imports outside the API (npm run seed, start-up) enter the audit trail too', () => {
  let db: Database;
  let admin: TestApi;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-import-audit-'));

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    admin = await createTestApi(db, { role: 'admin', name: 'auditor' });
  });
  afterAll(async () => {
    await admin.stop();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('records who imported, each created record, and each update with its value before', async () => {
    const author = { changedBy: 'cli:tester', requestId: 'cli-run-1' };
    expect((await runImport(db, [CURATED_DATASET], { author })).ok).toBe(true);
    const created = await admin.query<Trail>(TRAIL, { id: 'bamf' });
    expect(created.data?.auditTrail.entries).toContainEqual(
      expect.objectContaining({ changedBy: 'cli:tester', action: 'CREATE', targetId: 'bamf', before: null }),
    );

    const file = path.join(dir, 'actors.csv');
    fs.writeFileSync(
      file,
      'id,kind,name,shortName,sources,lastVerified\nbamf,federalOffice,Bundesamt für Migration und Flüchtlinge,BAMF,doc-004,2026-11-22\n',
    );
    expect(
      (await runImport(db, [file], { author: { changedBy: 'cli:second', requestId: 'cli-run-2' } })).ok,
    ).toBe(true);
    const updated = await admin.query<Trail>(TRAIL, { id: 'bamf' });
    const update = updated.data?.auditTrail.entries.find((e) => e.action === 'UPDATE');
    expect(update?.changedBy).toBe('cli:second');
    expect(JSON.parse(update?.before ?? '{}')).toMatchObject({ id: 'bamf', lastVerified: '2026-11-21' });
  });

  it('writes nothing to the trail for a dry run', async () => {
    const before = await admin.query<Trail>(TRAIL, {});
    await runImport(db, [CURATED_DATASET], {
      dryRun: true,
      author: { changedBy: 'cli:dry', requestId: 'x' },
    });
    const after = await admin.query<Trail>(TRAIL, {});
    expect(after.data?.auditTrail.entries.map((e) => e.changedBy)).not.toContain('cli:dry');
    expect(after.data?.auditTrail.entries.length).toBe(before.data?.auditTrail.entries.length);
  });
});
