import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateSourceInput!) { updateSource(id: $id, input: $input) { status } }`;

describe('Mutation.updateSource', () => {
  const api = useWriteApi();

  it('changes the given fields and keeps the others', async () => {
    const result = ok(
      await api.admin.query<{ updateSource: { status: string } }>(UPDATE, {
        id: 'src-b',
        input: { publisher: 'Landkreis', note: 'Read again.' },
      }),
    );
    expect(result.updateSource.status).toBe('UPDATED');
    expect((await readDocument(api.db, ['src-b'])).sources[0]).toMatchObject({
      title: 'Source B',
      publisher: 'Landkreis',
      note: 'Read again.',
      dateRead: '2026-11-02',
    });
    expect((await latestAudit(api, 1))[0]).toMatchObject({ action: 'UPDATE', targetId: 'src-b' });
  });

  it('refuses a cleared required field, an unknown id and an id of another kind', async () => {
    const cleared = await refused(api, () =>
      api.admin.query(UPDATE, { id: 'src-b', input: { title: null } }),
    );
    expect(issueCodes(cleared)).toEqual(['REQUIRED']);
    for (const id of ['no-such-source', 'sprache']) {
      expect(
        errorOf(await refused(api, () => api.admin.query(UPDATE, { id, input: { note: 'x' } }))).code,
      ).toBe('NOT_FOUND');
    }
  });
});
