import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($id: ID!, $detach: Boolean! = false) {
  deleteTargetGroup(id: $id, detach: $detach) { status linksRemoved }
}`;

describe('Mutation.deleteTargetGroup', () => {
  const api = useWriteApi();

  it('deletes an unused target group, refuses a targeted one without detach and deletes it with detach', async () => {
    expect(
      ok(await api.admin.query<{ deleteTargetGroup: unknown }>(DELETE, { id: 'jugend' })).deleteTargetGroup,
    ).toEqual({
      status: 'DELETED',
      linksRemoved: 0,
    });
    expect(errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'frauen' }))).code).toBe(
      'CONFLICT',
    );
    ok(await api.admin.query(DELETE, { id: 'frauen', detach: true }));
    const doc = await readDocument(api.db);
    expect(doc.targetGroups).toEqual([]);
    expect(doc.relationships.filter((r) => r.type === 'TARGETS')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(
      errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'no-such-target-group' }))).code,
    ).toBe('NOT_FOUND');
  });
});
