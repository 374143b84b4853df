import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateTopicInput!) { updateTopic(id: $id, input: $input) { status } }`;

describe('Mutation.updateTopic', () => {
  const api = useWriteApi();

  it('marks a topic as cross-cutting and renames it in English', async () => {
    const result = ok(
      await api.admin.query<{ updateTopic: { status: string } }>(UPDATE, {
        id: 'arbeit',
        input: { crossCutting: true, labelEn: 'Employment' },
      }),
    );
    expect(result.updateTopic.status).toBe('UPDATED');
    expect((await readDocument(api.db, ['arbeit'])).topics[0]).toMatchObject({
      labelDe: 'Arbeit',
      labelEn: 'Employment',
      crossCutting: true,
    });
  });

  it('refuses a bad date (BAD_USER_INPUT) and a target group id (NOT_FOUND)', async () => {
    const bad = await refused(api, () =>
      api.admin.query(UPDATE, { id: 'arbeit', input: { lastVerified: '21.11.2026' } }),
    );
    expect(issueCodes(bad)).toEqual(['INVALID_DATE']);
    expect(
      errorOf(await refused(api, () => api.admin.query(UPDATE, { id: 'frauen', input: { labelEn: 'x' } })))
        .code,
    ).toBe('NOT_FOUND');
  });
});
