// A mutation validates its input against the database before its write transaction starts. A node deleted in
// between — an end of a new link, a source an update starts to cite — must make the mutation fail with CONFLICT,
// writing and auditing nothing, instead of answering CREATED/UPDATED and auditing a relationship or a source that
// MATCH silently did not write. The other admin's delete runs just before the mutation's write transaction.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteEntity } from '../../../server/admin/delete-entity.ts';
import { link } from '../../../server/admin/links/link.ts';
import { updateEntity } from '../../../server/admin/update-entity.ts';
import type { Database } from '../../../server/db/database.ts';
import { readDocument } from '../../../server/store/read-document.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { loadSmallAtlas } from '../graphql/write/support/small-atlas.ts';
import { author, beforeWriteTransaction, entriesOf, outcome } from '../import/race-support.ts';

describe('admin writes racing a delete of a node they rely on', () => {
  let db: Database;
  const other = () => ({ db, author: author('other-admin') });

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    await loadSmallAtlas(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('link: an end deleted after validation gives CONFLICT naming the relationship; no LINK entry', async () => {
    const racing = beforeWriteTransaction(db, 1, async () => {
      await deleteEntity(other(), 'REGION', 'de-06431001', true);
    });
    const input = {
      type: 'ACTIVE_IN',
      from: 'einsamer-verein',
      to: 'de-06431001',
      sources: ['src-a'],
      lastVerified: '2026-11-21',
    };
    expect(await outcome(link({ db: racing, author: author('linker') }, input))).toMatchObject({
      code: 'CONFLICT',
      details: { record: 'relationships ACTIVE_IN|einsamer-verein|de-06431001', missing: 'de-06431001' },
    });
    const stored = await readDocument(db, ['einsamer-verein']);
    expect(stored.relationships).toEqual([]);
    expect(await entriesOf(db, 'linker')).toEqual([]);
  });

  it('update: a source the record starts to cite, deleted after validation, gives CONFLICT; no UPDATE entry', async () => {
    const racing = beforeWriteTransaction(db, 1, async () => {
      await deleteEntity(other(), 'SOURCE', 'src-c', false);
    });
    const update = updateEntity({ db: racing, author: author('updater') }, 'ACTOR', 'einsamer-verein', {
      sources: ['src-a', 'src-c'],
    });
    expect(await outcome(update)).toMatchObject({
      code: 'CONFLICT',
      details: { record: 'actors einsamer-verein', missing: 'src-c' },
    });
    const [stored] = (await readDocument(db, ['einsamer-verein'])).actors;
    expect(stored?.sources).toEqual(['src-a']);
    expect(await entriesOf(db, 'updater')).toEqual([]);
  });
});
