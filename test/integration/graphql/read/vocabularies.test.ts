// Query.vocabularies and Query.vocabulary on the curated dataset: every controlled list with German and English
// labels, kept as data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

describe('Query.vocabularies and Query.vocabulary', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  it('lists the eleven term vocabularies plus topics and target groups, with their sizes', async () => {
    const data = await queryData<{ vocabularies: { name: string; terms: unknown[] }[] }>(
      fx.api,
      '{ vocabularies { name terms { key } } }',
    );
    // The sizes of seed/README.md ("Terms per vocabulary"): actorKind is 10 classes and 11 kinds below them,
    // partyRole and quantityKind came with the facts model; topics and target groups as in its Counts.
    expect(Object.fromEntries(data.vocabularies.map((v) => [v.name, v.terms.length]))).toEqual({
      actorKind: 21,
      bodyKind: 6,
      cooperationKind: 7,
      measureKind: 27,
      membershipRole: 4,
      partyRole: 2,
      programKind: 8,
      provisionRole: 3,
      quantityKind: 9,
      regionLevel: 6,
      runRole: 3,
      targetGroup: 11,
      topic: 18,
    });
  });

  it('gives one vocabulary with labels in German and English, ordered by key', async () => {
    const data = await queryData<{ vocabulary: { name: string; terms: Record<string, unknown>[] } }>(
      fx.api,
      '{ vocabulary(name: "membershipRole") { name terms { vocabulary key labelDe labelEn definition } } }',
    );
    expect(data.vocabulary.terms.map((t) => [t.key, t.labelDe, t.labelEn])).toEqual([
      ['chair', 'Vorsitz / Einladende', 'Chair'],
      ['guest', 'Gast', 'Guest'],
      ['member', 'Mitglied', 'Member'],
      ['secretariat', 'Geschäftsstelle', 'Secretariat'],
    ]);
    expect(data.vocabulary.terms[0]).toMatchObject({
      vocabulary: 'membershipRole',
      definition: expect.any(String) as string,
    });
  });

  it('shows topics as terms keyed by id, with their sources; null for an unknown vocabulary', async () => {
    const data = await queryData<{ topic: { terms: Record<string, unknown>[] }; unknown: null }>(
      fx.api,
      `{ topic: vocabulary(name: "topic") { terms { key labelEn sources { id } } }
         unknown: vocabulary(name: "noSuchVocabulary") { name } }`,
    );
    expect(data.topic.terms.find((t) => t.key === 'sprache-und-bildung')).toEqual({
      key: 'sprache-und-bildung',
      labelEn: 'Language and education',
      sources: [{ id: 'doc-004' }],
    });
    expect(data.unknown).toBeNull();
  });
});
