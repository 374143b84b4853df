// An import above the single-transaction limit commits batch by batch; each batch's transaction carries the audit
// entries of the records it writes. Stopped after its first batch (here: the next write transaction throws, as if
// the process died), the database holds no change without its entry; running the import again finishes it and
// audits the rest, every record once. A lowered `batchRows` makes a small document batched.
import { beforeEach, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteEntity } from '../../../server/admin/delete-entity.ts';
import { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { canonical, recordKey } from '../../../server/store/plan-changes.ts';
import { readDocument } from '../../../server/store/read-document.ts';
import { resetDatabase, testConnection } from '../../support/test-neo4j.ts';
import { loadSmallAtlas } from '../graphql/write/support/small-atlas.ts';
import { author, beforeWriteTransaction, importFile, trail } from './race-support.ts';

const verified = { sources: ['src-a'], lastVerified: '2026-11-21' };
const NEW_ACTORS = 12;
const ids = Array.from({ length: NEW_ACTORS }, (_, i) => `batch-verein-${String(i).padStart(2, '0')}`);

/** 13 actors (Caritas renamed, 12 new ones) and 24 relationships: 50 rows, 13 batches of 4 rows. */
function largeImport(): object {
  return {
    format: 'integration-atlas/1',
    actors: [
      {
        id: 'caritas-bergstrasse',
        kind: 'welfareOrganisation',
        name: 'Caritas Bergstraße e. V.',
        aliases: ['Caritas Bergstraße'],
        ...verified,
      },
      ...ids.map((id, i) => ({
        id,
        kind: 'civilSocietyOrganisation',
        name: `Stadtteilverein Nummer ${i}`,
        ...verified,
      })),
    ],
    relationships: ids.flatMap((id) => [
      { type: 'ACTIVE_IN', from: id, to: 'de-06431', ...verified },
      { type: 'MEMBER_OF', from: id, to: 'ak-integration', role: 'member', ...verified },
    ]),
  };
}
const BATCH_ROWS = 4;
/** Two imports of 13 transactions each: slow on a busy machine. */
const SLOW = 240_000;

type Doc = Awaited<ReturnType<typeof readDocument>>;
const linkKeys = (doc: Doc) =>
  doc.relationships.filter((r) => ids.includes(r.from)).map((r) => recordKey('relationships', r));

describe('a batched import audits each batch in its own transaction', () => {
  let db: Database;
  const file = importFile(largeImport());

  beforeAll(async () => {
    db = await Database.connect(testConnection(), 120_000);
  });
  beforeEach(async () => {
    await resetDatabase(db);
    await loadSmallAtlas(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it(
    'stopped after the first batch: every change stored has its entry; running it again finishes and audits the rest once',
    async () => {
      const dying = beforeWriteTransaction(db, 2, () => Promise.reject(new Error('process died')));
      await expect(
        runImport(dying, [file], { author: author('run-1'), batchRows: BATCH_ROWS }),
      ).rejects.toThrow('process died');

      const stored = await readDocument(db);
      const firstRun = (await trail(db)).filter((e) => e.requestId === 'run-1');
      expect(firstRun.map((e) => e.action)).not.toContain('IMPORT');
      // Each record the first batch changed is in the database and its entry's `after` is what is stored.
      const written = stored.actors.filter(
        (a) => ids.includes(a.id) || a.name === 'Caritas Bergstraße e. V.',
      );
      expect(written.length).toBeGreaterThan(0);
      expect(written.length).toBeLessThan(NEW_ACTORS + 1);
      for (const actor of written) {
        const entry = firstRun.find((e) => e.targetId === actor.id);
        expect(entry?.action).toBe(actor.id === 'caritas-bergstrasse' ? 'UPDATE' : 'CREATE');
        expect(canonical('actors', entry?.after as Record<string, unknown>)).toBe(canonical('actors', actor));
      }
      expect(firstRun.find((e) => e.targetId === 'caritas-bergstrasse')?.before).toMatchObject({
        name: 'Caritasverband Bergstraße',
      });
      // …and no entry claims a record the database does not hold.
      expect(firstRun.map((e) => e.targetId).sort()).toEqual(written.map((a) => a.id).sort());
      expect(linkKeys(stored)).toEqual([]);

      const report = await runImport(db, [file], { author: author('run-2'), batchRows: BATCH_ROWS });
      expect(report.ok && report.counts.actors).toEqual({
        created: NEW_ACTORS - (written.length - 1),
        updated: 0,
        unchanged: written.length,
      });
      const done = await readDocument(db);
      const entries = (await trail(db)).filter((e) => e.requestId === 'run-1' || e.requestId === 'run-2');
      const all = [...ids, 'caritas-bergstrasse', ...linkKeys(done)].sort();
      expect(linkKeys(done)).toHaveLength(2 * NEW_ACTORS);
      expect(done.actors.filter((a) => ids.includes(a.id))).toHaveLength(NEW_ACTORS);
      // Every record of the import audited exactly once over both runs; the summary last, marked batched.
      expect(
        entries
          .filter((e) => e.action !== 'IMPORT')
          .map((e) => e.targetId)
          .sort(),
      ).toEqual(all);
      const summary = entries.at(-1);
      expect(summary).toMatchObject({ requestId: 'run-2', action: 'IMPORT' });
      expect(summary?.detail).toMatchObject({ batched: true });
    },
    SLOW,
  );

  it(
    'a node deleted while a batched import runs: the batch that needs it fails with CONFLICT, no entry claims a link to it',
    async () => {
      // Another admin deletes the working group (with its memberships) once the first batch has committed.
      const racing = beforeWriteTransaction(db, 2, async () => {
        await deleteEntity({ db, author: author('admin') }, 'ACTOR', 'ak-integration', true);
      });
      const failure = await runImport(racing, [file], {
        author: author('run-race'),
        batchRows: BATCH_ROWS,
      }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(failure).toMatchObject({ code: 'CONFLICT', details: { missing: 'ak-integration' } });
      expect((failure as { details: { record: string } }).details.record).toMatch(
        /^relationships MEMBER_OF\|/,
      );

      const stored = await readDocument(db);
      expect(stored.actors.map((a) => a.id)).not.toContain('ak-integration');
      const entries = (await trail(db)).filter((e) => e.requestId === 'run-race');
      const links = entries.filter((e) => e.action === 'LINK').map((e) => e.targetId);
      // The audit and the database agree: every LINK entry is a stored relationship, none names the deleted body.
      expect(links.filter((key) => key?.includes('ak-integration'))).toEqual([]);
      expect(links.every((key) => linkKeys(stored).includes(key ?? ''))).toBe(true);
      expect(linkKeys(stored).sort()).toEqual([...links].sort());
    },
    SLOW,
  );
});
