import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($id: ID!, $detach: Boolean! = false) {
  deleteProgram(id: $id, detach: $detach) { status linksRemoved }
}`;

describe('Mutation.deleteProgram', () => {
  const api = useWriteApi();

  it('deletes an unlinked program; a program with measures and a runner only with detach', async () => {
    ok(await api.admin.query(DELETE, { id: 'altes-programm' }));
    const { code, extensions } = errorOf(
      await refused(api, () => api.admin.query(DELETE, { id: 'wir-hessen' })),
    );
    expect(code).toBe('CONFLICT');
    expect(extensions.referenceCount).toBe(2);
    expect(
      ok(await api.admin.query<{ deleteProgram: unknown }>(DELETE, { id: 'wir-hessen', detach: true }))
        .deleteProgram,
    ).toEqual({
      status: 'DELETED',
      linksRemoved: 2,
    });
    expect((await readDocument(api.db)).programs).toEqual([]);
    // The measure stays, without its program.
    expect((await readDocument(api.db, ['migrationsberatung'])).measures).toHaveLength(1);
  });

  it('answers NOT_FOUND for a measure id', async () => {
    expect(
      errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'migrationsberatung' }))).code,
    ).toBe('NOT_FOUND');
  });
});
