import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($vocabulary: String!, $key: String!, $input: UpdateTermInput!) {
  updateTerm(vocabulary: $vocabulary, key: $key, input: $input) { id status record }
}`;

describe('Mutation.updateTerm', () => {
  const api = useWriteApi();

  it('changes labels and sources, keeping vocabulary and key', async () => {
    const result = ok(
      await api.admin.query<{ updateTerm: { id: string; status: string } }>(UPDATE, {
        vocabulary: 'membershipRole',
        key: 'chair',
        input: { labelDe: 'Vorsitz', labelEn: 'Chair', sources: ['src-b'] },
      }),
    );
    expect(result.updateTerm).toMatchObject({ id: 'membershipRole:chair', status: 'UPDATED' });
    const stored = (await readDocument(api.db, [])).terms.find(
      (t) => t.vocabulary === 'membershipRole' && t.key === 'chair',
    );
    expect(stored).toMatchObject({ labelDe: 'Vorsitz', labelEn: 'Chair', sources: ['src-b'] });
    const [entry] = await latestAudit(api, 1, 'membershipRole:chair');
    expect(json(entry?.before)).toMatchObject({ labelDe: 'chair', sources: [] });
    expect(json(entry?.after)).toMatchObject({ labelDe: 'Vorsitz', sources: ['src-b'] });
  });

  it('refuses an unknown source (BAD_USER_INPUT) and an unknown term (NOT_FOUND)', async () => {
    const bad = await refused(api, () =>
      api.admin.query(UPDATE, { vocabulary: 'membershipRole', key: 'chair', input: { sources: ['nope'] } }),
    );
    expect(issueCodes(bad)).toEqual(['UNKNOWN_REFERENCE']);
    const missing = await refused(api, () =>
      api.admin.query(UPDATE, { vocabulary: 'membershipRole', key: 'boss', input: { labelEn: 'Boss' } }),
    );
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });
});
