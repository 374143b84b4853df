import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($id: ID!, $detach: Boolean! = false) {
  deleteMeasure(id: $id, detach: $detach) { status linksRemoved }
}`;

describe('Mutation.deleteMeasure', () => {
  const api = useWriteApi();

  it('deletes an unlinked measure; a linked one only with detach, taking its five relationships', async () => {
    ok(await api.admin.query(DELETE, { id: 'alte-massnahme' }));
    expect(
      errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'migrationsberatung' }))).code,
    ).toBe('CONFLICT');
    expect(
      ok(
        await api.admin.query<{ deleteMeasure: unknown }>(DELETE, { id: 'migrationsberatung', detach: true }),
      ).deleteMeasure,
    ).toEqual({ status: 'DELETED', linksRemoved: 5 });
    expect((await readDocument(api.db)).measures).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown measure', async () => {
    expect(errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'no-such-measure' }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
