import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($id: ID!, $detach: Boolean! = false) {
  deleteTopic(id: $id, detach: $detach) { status linksRemoved }
}`;

describe('Mutation.deleteTopic', () => {
  const api = useWriteApi();

  it('deletes an unused topic', async () => {
    expect(ok(await api.admin.query<{ deleteTopic: unknown }>(DELETE, { id: 'arbeit' })).deleteTopic).toEqual(
      {
        status: 'DELETED',
        linksRemoved: 0,
      },
    );
    expect((await readDocument(api.db, ['arbeit'])).topics).toEqual([]);
  });

  it('refuses a topic that measures address unless detach is true, then removes the ADDRESSES links too', async () => {
    const conflict = errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'sprache' })));
    expect(conflict).toMatchObject({
      code: 'CONFLICT',
      extensions: { references: ['ADDRESSES|migrationsberatung|sprache'] },
    });
    expect(
      ok(await api.admin.query<{ deleteTopic: unknown }>(DELETE, { id: 'sprache', detach: true }))
        .deleteTopic,
    ).toEqual({
      status: 'DELETED',
      linksRemoved: 1,
    });
    const doc = await readDocument(api.db);
    expect(doc.relationships.filter((r) => r.type === 'ADDRESSES')).toEqual([]);
    const [unlinked, deleted] = await latestAudit(api, 2);
    expect([unlinked?.action, deleted?.action]).toEqual(['UNLINK', 'DELETE']);
    expect(unlinked?.subjectIds).toEqual(['migrationsberatung', 'sprache']);
  });

  it('answers NOT_FOUND for an unknown topic', async () => {
    expect(errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'no-such-topic' }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
