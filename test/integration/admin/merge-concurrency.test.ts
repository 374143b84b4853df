// A merge reads both records and their relationships, validates, then writes in one transaction that locks both
// records, reads them again and refuses with CONFLICT when anything changed in between. These tests make another
// admin's write land exactly in that gap — between the merge's read and its write transaction — by handing the
// merge a database whose writeTransaction runs the other write first. No timing: the order is forced.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import type { AuditAuthor } from '../../../server/audit/audit-entry.ts';
import { isAppError } from '../../../server/errors/app-error.ts';
import { mergeDuplicates } from '../../../server/admin/merge-duplicates.ts';
import { updateEntity } from '../../../server/admin/update-entity.ts';
import { link } from '../../../server/admin/links/link.ts';
import type { Writer } from '../../../server/admin/writer.ts';
import { readDocument } from '../../../server/store/read-document.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { loadDuplicates } from './merge-fixture.ts';

const MERGING: AuditAuthor = { changedBy: 'merging-admin', requestId: 'merge-request' };
const OTHER: AuditAuthor = { changedBy: 'other-admin', requestId: 'other-request' };

/** The database, except that the first write transaction waits for `first` to finish before it starts. */
function racedBy(db: Database, first: () => Promise<unknown>): Database {
  let raced = false;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'writeTransaction') {
        return async (work: Parameters<Database['writeTransaction']>[0]) => {
          if (!raced) {
            raced = true;
            await first();
          }
          return target.writeTransaction(work);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const isConflict = (e: unknown) => isAppError(e) && e.code === 'CONFLICT';

describe('a write racing a merge is never lost', () => {
  let db: Database;
  let other: Writer;
  beforeAll(async () => {
    db = await connectTestDatabase();
    other = { db, author: OTHER };
  });
  beforeEach(async () => {
    await resetDatabase(db);
    await loadDuplicates(db);
  });
  afterAll(() => db.close());

  async function actor(id: string) {
    return (await readDocument(db, [id])).actors.find((a) => a.id === id);
  }

  it('an update of the duplicate between the merge read and its write: CONFLICT, then the retried merge keeps it', async () => {
    const rename = () => updateEntity(other, 'ACTOR', 'caritas-kopie', { name: 'Caritas Kopie Umbenannt' });
    const merging = { db: racedBy(db, rename), author: MERGING };
    await expect(mergeDuplicates(merging, 'caritas-bergstrasse', 'caritas-kopie')).rejects.toSatisfy(
      isConflict,
    );
    // Nothing of the merge was written, and the update stands.
    expect((await actor('caritas-kopie'))?.name).toBe('Caritas Kopie Umbenannt');
    expect((await actor('caritas-bergstrasse'))?.aliases).toEqual(['Caritas Bergstraße']);

    const retried = await mergeDuplicates({ db, author: MERGING }, 'caritas-bergstrasse', 'caritas-kopie');
    expect(retried.aliases).toContain('Caritas Kopie Umbenannt');
  });

  it('an update of the record kept between the merge read and its write: CONFLICT, the update is not overwritten', async () => {
    const describeIt = () =>
      updateEntity(other, 'ACTOR', 'caritas-bergstrasse', { description: 'Beratung und Begleitung.' });
    const merging = { db: racedBy(db, describeIt), author: MERGING };
    await expect(mergeDuplicates(merging, 'caritas-bergstrasse', 'caritas-kopie')).rejects.toSatisfy(
      isConflict,
    );
    expect((await actor('caritas-bergstrasse'))?.description).toBe('Beratung und Begleitung.');
    expect(await actor('caritas-kopie')).toBeDefined();

    await mergeDuplicates({ db, author: MERGING }, 'caritas-bergstrasse', 'caritas-kopie');
    expect((await actor('caritas-bergstrasse'))?.description).toBe('Beratung und Begleitung.');
  });

  it('a relationship added to the duplicate between the merge read and its write: CONFLICT, not deleted with it', async () => {
    const addLink = () =>
      link(other, {
        type: 'TARGETS',
        from: 'caritas-kopie',
        to: 'jugend',
        sources: ['src-b'],
        lastVerified: '2026-11-21',
      });
    const merging = { db: racedBy(db, addLink), author: MERGING };
    await expect(mergeDuplicates(merging, 'caritas-bergstrasse', 'caritas-kopie')).rejects.toSatisfy(
      isConflict,
    );

    await mergeDuplicates({ db, author: MERGING }, 'caritas-bergstrasse', 'caritas-kopie');
    const targets = (await readDocument(db)).relationships.filter((r) => r.type === 'TARGETS');
    expect(targets.map((r) => [r.from, r.to])).toContainEqual(['caritas-bergstrasse', 'jugend']);
  });
});
