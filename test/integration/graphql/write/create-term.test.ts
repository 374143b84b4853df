import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateTermInput!) { createTerm(input: $input) { kind id status record } }`;
const term = { labelDe: 'Mentoring', labelEn: 'Mentoring', definition: 'One-to-one support.' };

describe('Mutation.createTerm', () => {
  const api = useWriteApi();

  it('creates a term that records can use right away', async () => {
    const result = ok(
      await api.admin.query<{ createTerm: { kind: string; id: string; record: string } }>(CREATE, {
        input: {
          vocabulary: 'measureKind',
          key: 'mentoring',
          ...term,
          sources: ['src-a'],
          lastVerified: '2026-11-21',
        },
      }),
    );
    expect(result.createTerm).toMatchObject({ kind: 'TERM', id: 'measureKind:mentoring' });
    expect(json(result.createTerm.record)).toEqual({
      vocabulary: 'measureKind',
      key: 'mentoring',
      ...term,
      sources: ['src-a'],
      lastVerified: '2026-11-21',
      broader: null,
    });
    const terms = (await readDocument(api.db, [])).terms.filter((t) => t.key === 'mentoring');
    expect(terms).toHaveLength(1);
    expect((await latestAudit(api, 1))[0]).toMatchObject({
      action: 'CREATE',
      targetKind: 'Term',
      targetId: 'measureKind:mentoring',
    });
    ok(
      await api.admin.query(
        `mutation { createMeasure(input: { id: "paten", kind: "mentoring", name: "Patenschaften",
          sources: ["src-a"], lastVerified: "2026-11-21" }) { status } }`,
      ),
    );
  });

  it('creates a term nested in a broader term of its vocabulary', async () => {
    const input = {
      vocabulary: 'measureKind',
      key: 'counsellingWomen',
      labelDe: 'Beratung für Frauen',
      labelEn: 'Counselling for women',
      definition: 'Counselling offered to women only.',
      broader: 'counselling',
    };
    const result = ok(await api.admin.query<{ createTerm: { record: string } }>(CREATE, { input }));
    const expected = { ...input, sources: [], lastVerified: null };
    expect(json(result.createTerm.record)).toEqual(expected);
    expect((await readDocument(api.db, [])).terms.filter((t) => t.key === 'counsellingWomen')).toEqual([
      expected,
    ]);
  });

  it('refuses an existing key (CONFLICT), a key outside a fixed vocabulary and an unknown vocabulary', async () => {
    const taken = await refused(api, () =>
      api.admin.query(CREATE, { input: { vocabulary: 'membershipRole', key: 'chair', ...term } }),
    );
    expect(errorOf(taken).code).toBe('CONFLICT');
    const fixed = await refused(api, () =>
      api.admin.query(CREATE, { input: { vocabulary: 'actorKind', key: 'ministry', ...term } }),
    );
    expect(issueCodes(fixed)).toEqual(['INVALID_VALUE']);
    const unknown = await refused(api, () =>
      api.admin.query(CREATE, { input: { vocabulary: 'colour', key: 'red', ...term } }),
    );
    expect(issueCodes(unknown)).toEqual(['INVALID_VALUE']);
  });
});
