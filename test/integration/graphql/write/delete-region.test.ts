import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($id: ID!, $detach: Boolean! = false) {
  deleteRegion(id: $id, detach: $detach) { status linksRemoved }
}`;

describe('Mutation.deleteRegion', () => {
  const api = useWriteApi();

  it('deletes a region nothing refers to, with its own link to its parent', async () => {
    expect(
      ok(await api.admin.query<{ deleteRegion: unknown }>(DELETE, { id: 'de-05' })).deleteRegion,
    ).toEqual({
      status: 'DELETED',
      linksRemoved: 0,
    });
    expect((await readDocument(api.db, ['de-05'])).regions).toEqual([]);
  });

  it('never deletes a region with sub-regions, not even with detach', async () => {
    for (const detach of [false, true]) {
      const { code, extensions } = errorOf(
        await refused(api, () => api.admin.query(DELETE, { id: 'de-06431', detach })),
      );
      expect(code).toBe('CONFLICT');
      expect(extensions.references).toEqual(['sub-region de-06431001']);
    }
  });

  it('deletes a region something is active in only with detach', async () => {
    expect(errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'de-06431001' }))).code).toBe(
      'CONFLICT',
    );
    expect(
      ok(await api.admin.query<{ deleteRegion: unknown }>(DELETE, { id: 'de-06431001', detach: true }))
        .deleteRegion,
    ).toEqual({
      status: 'DELETED',
      linksRemoved: 1,
    });
  });

  it('answers NOT_FOUND for an unknown region', async () => {
    expect(errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'no-such-region' }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
