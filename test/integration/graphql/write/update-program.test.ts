import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { status } }`;

describe('Mutation.updateProgram', () => {
  const api = useWriteApi();

  it('sets a period and aliases', async () => {
    ok(await api.admin.query(UPDATE, { id: 'wir-hessen', input: { since: '2014', aliases: ['WIR'] } }));
    expect((await readDocument(api.db, ['wir-hessen'])).programs[0]).toMatchObject({
      since: '2014',
      aliases: ['WIR'],
    });
  });

  it('refuses an end before the start and an unknown program', async () => {
    const bad = await refused(api, () =>
      api.admin.query(UPDATE, { id: 'wir-hessen', input: { since: '2014', until: '2013' } }),
    );
    expect(issueCodes(bad)).toEqual(['INVALID_DATE']);
    expect(
      errorOf(await refused(api, () => api.admin.query(UPDATE, { id: 'nope', input: { note: 'x' } }))).code,
    ).toBe('NOT_FOUND');
  });
});
