import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($vocabulary: String!, $key: String!) {
  deleteTerm(vocabulary: $vocabulary, key: $key) { id status }
}`;

describe('Mutation.deleteTerm', () => {
  const api = useWriteApi();

  it('deletes a term nothing uses', async () => {
    const result = ok(
      await api.admin.query<{ deleteTerm: { status: string } }>(DELETE, {
        vocabulary: 'measureKind',
        key: 'training',
      }),
    );
    expect(result.deleteTerm.status).toBe('DELETED');
    expect((await readDocument(api.db, [])).terms.some((t) => t.key === 'training')).toBe(false);
    expect((await latestAudit(api, 1))[0]).toMatchObject({
      action: 'DELETE',
      targetId: 'measureKind:training',
    });
  });

  it('refuses a term used by records or by relationships (CONFLICT), and an unknown one (NOT_FOUND)', async () => {
    const byRecords = errorOf(
      await refused(api, () => api.admin.query(DELETE, { vocabulary: 'measureKind', key: 'counselling' })),
    );
    expect(byRecords).toMatchObject({
      code: 'CONFLICT',
      extensions: { referenceCount: 2, references: ['used by alte-massnahme', 'used by migrationsberatung'] },
    });
    const byLinks = errorOf(
      await refused(api, () => api.admin.query(DELETE, { vocabulary: 'membershipRole', key: 'chair' })),
    );
    expect(byLinks).toMatchObject({ code: 'CONFLICT', extensions: { referenceCount: 1 } });
    const byLevel = errorOf(
      await refused(api, () => api.admin.query(DELETE, { vocabulary: 'regionLevel', key: 'kreis' })),
    );
    expect(byLevel.code).toBe('CONFLICT');
    const missing = await refused(api, () =>
      api.admin.query(DELETE, { vocabulary: 'measureKind', key: 'nothing' }),
    );
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });
});
