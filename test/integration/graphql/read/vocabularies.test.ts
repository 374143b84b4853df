// Query.vocabularies and Query.vocabulary on the curated dataset: every controlled list with German and English
// labels, kept as data, and the entity kinds and relationship types, whose words the code defines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARY_LABELS_QUERY } from '../../../../client/src/app/app-operations.ts';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

describe('Query.vocabularies and Query.vocabulary', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  it('lists the eleven term vocabularies, topics, target groups, entity kinds and relationship types, with their sizes', async () => {
    const data = await queryData<{ vocabularies: { name: string; terms: unknown[] }[] }>(
      fx.api,
      '{ vocabularies { name terms { key } } }',
    );
    // The sizes of seed/README.md ("Terms per vocabulary"): actorKind is 10 classes and 11 kinds below them,
    // partyRole and quantityKind came with the facts model; topics and target groups as in its Counts.
    expect(data.vocabularies.map((v) => v.name)).toEqual(data.vocabularies.map((v) => v.name).sort());
    expect(Object.fromEntries(data.vocabularies.map((v) => [v.name, v.terms.length]))).toEqual({
      actorKind: 21,
      bodyKind: 6,
      cooperationKind: 7,
      entityKind: 16,
      measureKind: 27,
      membershipRole: 4,
      partyRole: 2,
      programKind: 8,
      provisionRole: 3,
      quantityKind: 9,
      regionLevel: 6,
      relationshipType: 20,
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

  it('names every entity kind in German and English; an actor class exactly as its actorKind term', async () => {
    const data = await queryData<{
      kinds: { terms: { key: string; labelDe: string; labelEn: string; definition: string | null }[] };
      actorKind: { terms: { key: string; labelDe: string; labelEn: string }[] };
    }>(
      fx.api,
      `{ kinds: vocabulary(name: "entityKind") { terms { key labelDe labelEn definition } }
         actorKind: vocabulary(name: "actorKind") { terms { key labelDe labelEn } } }`,
    );
    const kinds = Object.fromEntries(data.kinds.terms.map((t) => [t.key, t]));
    expect(kinds.MEASURE).toMatchObject({ labelDe: 'Maßnahme', labelEn: 'Measure' });
    expect(kinds.WELFARE_ORGANISATION).toMatchObject({
      labelDe: 'Wohlfahrtsverband',
      labelEn: 'Welfare organisation',
    });
    const agency = data.actorKind.terms.find((t) => t.key === 'agency')!;
    expect(kinds.AGENCY).toMatchObject({ labelDe: agency.labelDe, labelEn: agency.labelEn });
    for (const term of data.kinds.terms) expect(term.definition, term.key).toBeTruthy();
  });

  it('names every relationship type in German and English, with its definition', async () => {
    const data = await queryData<{
      vocabulary: { name: string; terms: Record<string, unknown>[] };
    }>(
      fx.api,
      '{ vocabulary(name: "relationshipType") { name terms { vocabulary key labelDe labelEn definition broader { key } narrower { key } } } }',
    );
    expect(data.vocabulary.terms).toHaveLength(20);
    expect(data.vocabulary.terms.find((t) => t.key === 'MEMBER_OF')).toEqual({
      vocabulary: 'relationshipType',
      key: 'MEMBER_OF',
      labelDe: 'ist Mitglied in',
      labelEn: 'is a member of',
      definition: 'Actor → Body: the actor sits in the body (with a role).',
      broader: null,
      narrower: [],
    });
  });

  it('answers the client’s start-up question for both vocabularies at once', async () => {
    const data = await queryData<{
      entityKinds: { terms: { key: string }[] };
      relationshipTypes: { terms: { key: string }[] };
    }>(fx.api, VOCABULARY_LABELS_QUERY);
    expect(data.entityKinds.terms.map((t) => t.key)).toContain('UNSPECIFIED_ACTOR');
    expect(data.relationshipTypes.terms.map((t) => t.key)).toContain('SOURCED_FROM');
  });
});
