import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateTargetGroupInput!) { createTargetGroup(input: $input) { kind id status } }`;
const group = {
  id: 'gefluechtete',
  labelDe: 'Geflüchtete',
  labelEn: 'Refugees',
  definition: 'People who fled.',
  sources: ['src-a', 'src-b'],
  lastVerified: '2026-11-21',
};

describe('Mutation.createTargetGroup', () => {
  const api = useWriteApi();

  it('creates a target group citing two sources', async () => {
    expect(
      ok(await api.admin.query<{ createTargetGroup: unknown }>(CREATE, { input: group })).createTargetGroup,
    ).toEqual({
      kind: 'TARGET_GROUP',
      id: 'gefluechtete',
      status: 'CREATED',
    });
    // Left out of the input, `broader` is null: the group nests in no other.
    expect((await readDocument(api.db, ['gefluechtete'])).targetGroups).toEqual([
      { ...group, broader: null },
    ]);
    expect((await latestAudit(api, 1))[0]).toMatchObject({ action: 'CREATE', targetKind: 'TargetGroup' });
  });

  it('creates a target group nested in a broader one', async () => {
    const narrower = {
      ...group,
      id: 'junge-gefluechtete',
      labelDe: 'Junge Geflüchtete',
      labelEn: 'Young refugees',
      definition: 'Young people who fled.',
      broader: 'jugend',
    };
    ok(await api.admin.query(CREATE, { input: narrower }));
    expect((await readDocument(api.db, ['junge-gefluechtete'])).targetGroups).toEqual([narrower]);
  });

  it('refuses an existing id (CONFLICT) and a source that is not a source (BAD_USER_INPUT)', async () => {
    expect(
      errorOf(await refused(api, () => api.admin.query(CREATE, { input: { ...group, id: 'frauen' } }))).code,
    ).toBe('CONFLICT');
    const wrong = await refused(api, () =>
      api.admin.query(CREATE, { input: { ...group, id: 'senioren', sources: ['sprache'] } }),
    );
    expect(issueCodes(wrong)).toEqual(['INVALID_ENDPOINT']);
  });
});
