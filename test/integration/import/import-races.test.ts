// An import is validated and diffed before its write transaction starts. Another writer may delete, create or
// change a record (or a node the import refers to) in between; the write transaction notices and refuses with
// CONFLICT, writing nothing, so the report and the audit trail never describe a write that did not happen —
// instead of re-creating a deleted record by MERGE, or auditing a relationship to a deleted node that MATCH
// silently skipped. The race is made deterministic by running the other writer's change just before the import's
// write transaction.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEntity } from '../../../server/admin/create-entity.ts';
import { deleteEntity } from '../../../server/admin/delete-entity.ts';
import { updateEntity } from '../../../server/admin/update-entity.ts';
import type { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { readDocument } from '../../../server/store/read-document.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { loadSmallAtlas, restatedCaritas } from '../graphql/write/support/small-atlas.ts';
import { author, beforeWriteTransaction, entriesOf, importFile, outcome } from './race-support.ts';

const verified = { sources: ['src-a'], lastVerified: '2026-11-21' };
const newActor = {
  format: 'integration-atlas/1',
  actors: [
    { id: 'neuer-verein', kind: 'civilSocietyOrganisation', name: 'Neuer Verein Abtsteinach', ...verified },
  ],
  relationships: [{ type: 'ACTIVE_IN', from: 'neuer-verein', to: 'de-06431001', ...verified }],
};

describe('a write racing an import between its plan and its write transaction', () => {
  let db: Database;
  const admin = () => ({ db, author: author('admin') });

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

  it('a record the import updates is deleted meanwhile: CONFLICT naming it, not re-created, nothing audited', async () => {
    const racing = beforeWriteTransaction(db, 1, async () => {
      await deleteEntity(admin(), 'ACTOR', 'caritas-bergstrasse', true);
    });
    const file = importFile(restatedCaritas(['src-b'], 'Caritas Bergstraße e. V.'));
    expect(await outcome(runImport(racing, [file], { author: author('import') }))).toMatchObject({
      code: 'CONFLICT',
      details: { record: 'actors caritas-bergstrasse' },
    });
    expect((await readDocument(db, ['caritas-bergstrasse'])).actors).toEqual([]);
    expect(await entriesOf(db, 'import')).toEqual([]);
  });

  it('a node a new relationship points to is deleted meanwhile: CONFLICT naming the relationship, nothing written', async () => {
    const racing = beforeWriteTransaction(db, 1, async () => {
      await deleteEntity(admin(), 'REGION', 'de-06431001', true);
    });
    expect(
      await outcome(runImport(racing, [importFile(newActor)], { author: author('import') })),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { record: 'relationships ACTIVE_IN|neuer-verein|de-06431001', missing: 'de-06431001' },
    });
    const stored = await readDocument(db);
    expect(stored.actors.map((a) => a.id)).not.toContain('neuer-verein');
    expect(stored.regions.map((r) => r.id)).not.toContain('de-06431001');
    expect(await entriesOf(db, 'import')).toEqual([]);
  });

  it('a record the import creates is created by another admin meanwhile: CONFLICT, theirs kept', async () => {
    const racing = beforeWriteTransaction(db, 1, async () => {
      await createEntity(admin(), 'ACTOR', {
        id: 'neuer-verein',
        kind: 'civilSocietyOrganisation',
        name: 'Verein eines anderen Admins',
        ...verified,
      });
    });
    expect(
      await outcome(runImport(racing, [importFile(newActor)], { author: author('import') })),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { record: 'actors neuer-verein' },
    });
    const [stored] = (await readDocument(db, ['neuer-verein'])).actors;
    expect(stored?.name).toBe('Verein eines anderen Admins');
    expect(await entriesOf(db, 'import')).toEqual([]);
  });

  it('a record the import updates is changed by another admin meanwhile: CONFLICT, their change kept', async () => {
    const racing = beforeWriteTransaction(db, 1, async () => {
      await updateEntity(admin(), 'ACTOR', 'caritas-bergstrasse', { website: 'https://caritas.example' });
    });
    const file = importFile(restatedCaritas(['src-b'], 'Caritas Bergstraße e. V.'));
    expect(await outcome(runImport(racing, [file], { author: author('import') }))).toMatchObject({
      code: 'CONFLICT',
      details: { record: 'actors caritas-bergstrasse' },
    });
    const [stored] = (await readDocument(db, ['caritas-bergstrasse'])).actors;
    expect(stored).toMatchObject({ name: 'Caritasverband Bergstraße', website: 'https://caritas.example' });
    expect(await entriesOf(db, 'import')).toEqual([]);
  });
});
