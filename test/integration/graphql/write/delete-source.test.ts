import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($id: ID!) { deleteSource(id: $id) { status linksRemoved } }`;

describe('Mutation.deleteSource', () => {
  const api = useWriteApi();

  it('deletes a source nothing cites', async () => {
    const result = ok(await api.admin.query<{ deleteSource: { status: string } }>(DELETE, { id: 'src-c' }));
    expect(result.deleteSource.status).toBe('DELETED');
    expect((await readDocument(api.db, ['src-c'])).sources).toEqual([]);
    expect((await latestAudit(api, 1))[0]).toMatchObject({
      action: 'DELETE',
      targetKind: 'Source',
      targetId: 'src-c',
    });
  });

  it('refuses, whatever else is asked, while records, relationships or terms cite it (CONFLICT)', async () => {
    // src-a: cited by nodes and by a term; src-b: only by one relationship's sources list.
    const byNodes = errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'src-a' })));
    expect(byNodes.code).toBe('CONFLICT');
    expect(byNodes.extensions.references).toContain('cited by term measureKind:counselling');
    expect(byNodes.extensions.references).toContain('cited by jobcenter-bergstrasse');
    const byLink = errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'src-b' })));
    expect(byLink).toMatchObject({
      code: 'CONFLICT',
      extensions: { references: ['cited by 1 relationship(s)'] },
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(errorOf(await refused(api, () => api.admin.query(DELETE, { id: 'src-z' }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
