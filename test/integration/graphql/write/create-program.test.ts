import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateProgramInput!, $allowDuplicates: Boolean! = false) {
  createProgram(input: $input, allowDuplicates: $allowDuplicates) { kind id status }
}`;
const program = {
  id: 'weltoffene-kommune',
  kind: 'fundingProgram',
  name: 'Weltoffene Kommune',
  since: '2019-06',
  sources: ['src-a'],
  lastVerified: '2026-11-21',
};

describe('Mutation.createProgram', () => {
  const api = useWriteApi();

  it('creates a program with a month as its start', async () => {
    expect(
      ok(await api.admin.query<{ createProgram: unknown }>(CREATE, { input: program })).createProgram,
    ).toEqual({
      kind: 'PROGRAM',
      id: 'weltoffene-kommune',
      status: 'CREATED',
    });
    expect((await readDocument(api.db, ['weltoffene-kommune'])).programs[0]).toMatchObject({
      since: '2019-06',
      until: null,
    });
    expect((await latestAudit(api, 1))[0]).toMatchObject({ action: 'CREATE', targetKind: 'Program' });
  });

  it('refuses a measure kind as program kind, a likely duplicate and an existing id', async () => {
    const kind = await refused(api, () =>
      api.admin.query(CREATE, { input: { ...program, id: 'p2', kind: 'counselling' } }),
    );
    expect(issueCodes(kind)).toEqual(['UNKNOWN_TERM']);
    const duplicate = await refused(api, () =>
      api.admin.query(CREATE, { input: { ...program, id: 'altes-programm-2', name: 'Altes Programm' } }),
    );
    expect(errorOf(duplicate).code).toBe('CONFLICT');
    expect(issueCodes(duplicate)).toEqual(['LIKELY_DUPLICATE']);
    expect(
      errorOf(await refused(api, () => api.admin.query(CREATE, { input: { ...program, id: 'wir-hessen' } })))
        .code,
    ).toBe('CONFLICT');
  });
});
