import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { status } }`;

describe('Mutation.updateMeasure', () => {
  const api = useWriteApi();

  it('re-sources a measure: its SOURCED_FROM links follow the new list', async () => {
    ok(await api.admin.query(UPDATE, { id: 'migrationsberatung', input: { sources: ['src-b', 'src-c'] } }));
    expect((await readDocument(api.db, ['migrationsberatung'])).measures[0]?.sources).toEqual([
      'src-b',
      'src-c',
    ]);
    // src-a no longer cited by the measure; src-c now is, so it cannot be deleted any more.
    const del = await api.admin.query(`mutation { deleteSource(id: "src-c") { status } }`);
    expect(errorOf(del).code).toBe('CONFLICT');
    const [entry] = await latestAudit(api, 1, 'migrationsberatung');
    expect(json(entry?.before)).toMatchObject({ sources: ['src-a'] });
  });

  it('refuses a measure kind that is not a term, and an unknown measure', async () => {
    const bad = await refused(api, () =>
      api.admin.query(UPDATE, { id: 'migrationsberatung', input: { kind: 'party' } }),
    );
    expect(issueCodes(bad)).toEqual(['UNKNOWN_TERM']);
    expect(
      errorOf(await refused(api, () => api.admin.query(UPDATE, { id: 'nope', input: { note: 'x' } }))).code,
    ).toBe('NOT_FOUND');
  });
});
