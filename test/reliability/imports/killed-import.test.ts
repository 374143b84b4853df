// `npm run seed` of a document above the single-transaction limit, SIGKILLed as soon as its first batch has
// committed: every record the database then holds from the document has its audit entry (with the value stored),
// no entry names a record that is not stored, and the import's IMPORT summary is absent (it commits with the last
// batch). Running the same command again finishes the import and audits the rest: each record created, and
// audited, exactly once.
//
// The seed runs in a child process on the generated tier S (about 2,600 rows) with ATLAS_IMPORT_BATCH_ROWS=50, so
// it is batched (above 500 rows) into some 50 transactions. The kill is made certain to land mid-import: while the
// child runs, the test holds the write lock on one stored node that only a later relationship batch refers to, so
// the child cannot get past that batch; the test polls the audit trail for the child's first entries and kills it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditTrail } from '../../../server/audit/read-audit-trail.ts';
import { START_UP_DATASETS } from '../../../server/config/curated-dataset.ts';
import { projectRoot } from '../../../server/config/project-root.ts';
import { Database } from '../../../server/db/database.ts';
import {
  SECTION_NAMES,
  type AtlasDocument,
  type SectionName,
} from '../../../server/domain/atlas-document.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { canonical, recordKey } from '../../../server/store/plan-changes.ts';
import { readDocument, readRelationshipsTouching } from '../../../server/store/read-document.ts';
import { lockNodes } from '../../../server/store/write-document.ts';
import { generateTier } from '../../bench/generator/generate.ts';
import { writeDocument } from '../../bench/generator/write.ts';
import { resetDatabase, testConnection, testServerEnv } from '../../support/test-neo4j.ts';

type AnyRecord = Record<string, unknown>;
const BATCH_ROWS = '50';

function seed(file: string): {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'server', 'cli', 'seed.ts'), file],
    {
      cwd: projectRoot,
      env: { ...process.env, ...testServerEnv({ ATLAS_IMPORT_BATCH_ROWS: BATCH_ROWS }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      if (code !== 0 && signal === null) console.error(output);
      resolve({ code, signal });
    }),
  );
  return { exited, kill: () => child.kill('SIGKILL') };
}

interface Entry {
  readonly requestId: string;
  readonly action: string;
  readonly targetId: string | null;
  readonly after: string | null;
  readonly detail: string | null;
  readonly changedBy: string;
}

async function entries(db: Database): Promise<Entry[]> {
  const { entries: all } = await readAuditTrail(db, {
    subjectId: null,
    since: null,
    beforeSeq: null,
    first: 1_000_000,
  });
  return all.reverse();
}

describe('a batched `npm run seed` killed after its first batch', () => {
  let db: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-killed-import-'));
  const file = path.join(dir, 'tier-s.json');
  let doc: AtlasDocument;
  let baseline = 0;

  beforeAll(async () => {
    // A long transaction timeout: the curated data and the Kreise are one transaction, slow on a busy machine.
    db = await Database.connect(testConnection(), 600_000);
    await resetDatabase(db);
    const base = await runImport(db, [...START_UP_DATASETS]);
    expect(base.ok).toBe(true);
    writeDocument(generateTier('S'), file);
    doc = JSON.parse(fs.readFileSync(file, 'utf8')) as AtlasDocument;
    baseline = (await entries(db)).length;
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const entityIds = () =>
    SECTION_NAMES.filter((s) => s !== 'terms' && s !== 'relationships').flatMap((s) =>
      ((doc[s] ?? []) as AnyRecord[]).map((r) => String(r.id)),
    );
  const linkKeys = () => new Set(doc.relationships.map((r) => recordKey('relationships', r)));

  /** The document's records the database holds, by audit target id, with their stored value. */
  async function storedRecords(): Promise<Map<string, { section: SectionName; record: AnyRecord }>> {
    const ids = entityIds();
    const stored = await readDocument(db, ids);
    const out = new Map<string, { section: SectionName; record: AnyRecord }>();
    for (const section of SECTION_NAMES.filter((s) => s !== 'terms' && s !== 'relationships')) {
      for (const record of stored[section] as AnyRecord[]) out.set(String(record.id), { section, record });
    }
    const wanted = linkKeys();
    for (const link of await readRelationshipsTouching(db, ids)) {
      const key = recordKey('relationships', link);
      if (wanted.has(key)) out.set(key, { section: 'relationships', record: link });
    }
    return out;
  }

  it('leaves every stored record audited, and a second run finishes and audits the rest once', async () => {
    const ownIds = new Set(entityIds());
    const referredByRecords = new Set(
      SECTION_NAMES.filter((s) => s !== 'terms' && s !== 'relationships').flatMap((s) =>
        ((doc[s] ?? []) as AnyRecord[]).flatMap((r) => [
          ...((r.sources as string[] | undefined) ?? []),
          ...(typeof r.partOf === 'string' ? [r.partOf] : []),
        ]),
      ),
    );
    // A stored node that only relationships (written after every node record) refer to.
    const hold = doc.relationships
      .map((r) => r.to)
      .find((id) => !ownIds.has(id) && !referredByRecords.has(id));
    expect(hold, 'tier S refers to a stored node from relationships only').toBeDefined();

    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // Its own connection (the lock is held through the child's start, which takes a while).
    const holder = await Database.connect(testConnection(), 600_000);
    const held = holder
      .writeTransaction(async (tx) => {
        expect((await lockNodes(tx, [hold ?? ''])).size).toBe(1);
        locked();
        await released;
      })
      .catch((err: unknown) => err);
    await holding;

    const first = seed(file);
    let requestId: string | undefined;
    while (requestId === undefined) {
      const fresh = (await entries(db)).slice(baseline);
      requestId = fresh.find((e) => e.changedBy.startsWith('cli:'))?.requestId;
      if (requestId === undefined) {
        const done = await Promise.race([
          first.exited,
          new Promise((r) => setTimeout(() => r(undefined), 25)),
        ]);
        if (done !== undefined)
          throw new Error(`the seed ended before its first batch: ${JSON.stringify(done)}`);
      }
    }
    first.kill();
    expect((await first.exited).signal).toBe('SIGKILL');
    release();
    await held;
    await holder.close();

    const afterKill = (await entries(db)).filter((e) => e.requestId === requestId);
    expect(afterKill.map((e) => e.action)).not.toContain('IMPORT');
    const stored = await storedRecords();
    expect(stored.size).toBeGreaterThan(0);
    expect(stored.size).toBeLessThan(ownIds.size + linkKeys().size);
    // Every record stored has its one entry, whose `after` is what is stored; no entry without its record.
    expect(afterKill.map((e) => e.targetId).sort()).toEqual([...stored.keys()].sort());
    for (const entry of afterKill) {
      const found = stored.get(entry.targetId ?? '');
      expect(entry.action).toBe(found?.section === 'relationships' ? 'LINK' : 'CREATE');
      const after = JSON.parse(entry.after ?? 'null') as AnyRecord;
      expect(canonical(found?.section ?? 'actors', after)).toBe(
        canonical(found?.section ?? 'actors', found?.record ?? {}),
      );
    }

    const second = seed(file);
    expect(await second.exited).toEqual({ code: 0, signal: null });
    const all = await storedRecords();
    expect(all.size).toBe(ownIds.size + linkKeys().size);
    const trail = (await entries(db)).slice(baseline);
    const records = trail.filter((e) => e.action !== 'IMPORT');
    // Each record audited exactly once over both runs, by one run or the other.
    expect(records.map((e) => e.targetId).sort()).toEqual([...all.keys()].sort());
    const summaries = trail.filter((e) => e.action === 'IMPORT');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.requestId).not.toBe(requestId);
    expect(JSON.parse(summaries[0]?.detail ?? '{}')).toMatchObject({ batched: true });
  });
});
