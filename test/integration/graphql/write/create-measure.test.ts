import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { kind id status } }`;
const measure = {
  id: 'sprachcafe',
  kind: 'counselling',
  name: 'Sprachcafé Abtsteinach',
  description: 'Weekly meeting to practise German.',
  sources: ['src-b'],
  lastVerified: '2026-11-21',
};

describe('Mutation.createMeasure', () => {
  const api = useWriteApi();

  it('creates a measure', async () => {
    expect(
      ok(await api.admin.query<{ createMeasure: unknown }>(CREATE, { input: measure })).createMeasure,
    ).toEqual({
      kind: 'MEASURE',
      id: 'sprachcafe',
      status: 'CREATED',
    });
    expect((await readDocument(api.db, ['sprachcafe'])).measures[0]).toMatchObject({
      name: 'Sprachcafé Abtsteinach',
      sources: ['src-b'],
    });
    expect((await latestAudit(api, 1))[0]).toMatchObject({
      action: 'CREATE',
      targetKind: 'Measure',
      targetId: 'sprachcafe',
    });
  });

  it('refuses a missing date and an id taken by a program', async () => {
    const noDate = await refused(api, () =>
      api.admin.query(`mutation { createMeasure(input: { id: "m2", kind: "counselling", name: "M2",
        sources: ["src-a"], lastVerified: "" }) { id } }`),
    );
    expect(issueCodes(noDate)).toHaveLength(1);
    expect(
      errorOf(await refused(api, () => api.admin.query(CREATE, { input: { ...measure, id: 'wir-hessen' } })))
        .code,
    ).toBe('CONFLICT');
  });
});
