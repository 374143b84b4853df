import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateTopicInput!) { createTopic(input: $input) { kind id status } }`;
const topic = {
  id: 'gesundheit',
  labelDe: 'Gesundheit',
  labelEn: 'Health',
  definition: 'Health care and counselling.',
  sources: ['src-a'],
  lastVerified: '2026-11-21',
};

describe('Mutation.createTopic', () => {
  const api = useWriteApi();

  it('creates a topic (a cross-cutting one with its NAP field)', async () => {
    const result = ok(
      await api.admin.query<{ createTopic: unknown }>(CREATE, {
        input: { ...topic, crossCutting: true, napField: 'Gesundheit' },
      }),
    );
    expect(result.createTopic).toEqual({ kind: 'TOPIC', id: 'gesundheit', status: 'CREATED' });
    // Left out of the input, `broader` is null: the topic nests in no other.
    expect((await readDocument(api.db, ['gesundheit'])).topics).toEqual([
      { ...topic, crossCutting: true, napField: 'Gesundheit', broader: null },
    ]);
    expect((await latestAudit(api, 1))[0]).toMatchObject({ action: 'CREATE', targetKind: 'Topic' });
  });

  it('creates a topic nested in a broader one (a field with no NAP field)', async () => {
    const input = {
      ...topic,
      id: 'berufssprache',
      labelDe: 'Berufsbezogene Sprache',
      labelEn: 'Language for work',
      definition: 'German for the job.',
      broader: 'sprache',
    };
    ok(await api.admin.query(CREATE, { input }));
    expect((await readDocument(api.db, ['berufssprache'])).topics).toEqual([
      { ...input, crossCutting: false, napField: null },
    ]);
  });

  it('refuses an existing id (CONFLICT) and a missing source list (BAD_USER_INPUT)', async () => {
    expect(
      errorOf(await refused(api, () => api.admin.query(CREATE, { input: { ...topic, id: 'sprache' } }))).code,
    ).toBe('CONFLICT');
    const noSources = await refused(api, () =>
      api.admin.query(CREATE, { input: { ...topic, id: 'wohnen', sources: [] } }),
    );
    expect(issueCodes(noSources)).toEqual(['REQUIRED']);
  });
});
