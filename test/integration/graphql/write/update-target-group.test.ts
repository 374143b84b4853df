import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateTargetGroupInput!) {
  updateTargetGroup(id: $id, input: $input) { status }
}`;

describe('Mutation.updateTargetGroup', () => {
  const api = useWriteApi();

  it('changes the definition', async () => {
    ok(await api.admin.query(UPDATE, { id: 'jugend', input: { definition: 'People aged 14 to 27.' } }));
    expect((await readDocument(api.db, ['jugend'])).targetGroups[0]).toMatchObject({
      labelDe: 'Jugendliche',
      definition: 'People aged 14 to 27.',
    });
  });

  it('refuses an empty label (BAD_USER_INPUT) and an unknown id (NOT_FOUND)', async () => {
    expect(
      issueCodes(await refused(api, () => api.admin.query(UPDATE, { id: 'jugend', input: { labelDe: '' } }))),
    ).toHaveLength(1);
    expect(
      errorOf(await refused(api, () => api.admin.query(UPDATE, { id: 'kinder', input: { labelDe: 'K' } })))
        .code,
    ).toBe('NOT_FOUND');
  });
});
