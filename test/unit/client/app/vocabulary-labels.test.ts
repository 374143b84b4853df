// The words for kinds of node and relationship come from the API's vocabularies; until they come (or when the
// request fails) a kind is named by its enum value made readable, never left blank.
import { describe, expect, it } from 'vitest';
import type { VocabularyLabelsQuery } from '../../../../client/src/api/generated/operations.ts';
import { EntityKind, RelationshipType } from '../../../../client/src/api/generated/schema-enums.ts';
import { humanise, labelsFrom } from '../../../../client/src/app/vocabulary-labels.ts';

const ANSWER: VocabularyLabelsQuery = {
  entityKinds: {
    terms: [
      { key: 'WELFARE_ORGANISATION', labelDe: 'Wohlfahrtsverband', labelEn: 'Welfare organisation' },
      { key: 'MEASURE', labelDe: 'Maßnahme', labelEn: 'Measure' },
    ],
  },
  relationshipTypes: {
    terms: [{ key: 'MEMBER_OF', labelDe: 'ist Mitglied in', labelEn: 'is a member of' }],
  },
};

describe('the labels of kinds and relationship types', () => {
  it('reads them from the API answer in the page language', () => {
    const de = labelsFrom(ANSWER, 'de', 'Sonstiges');
    expect(de.kind(EntityKind.WELFARE_ORGANISATION)).toBe('Wohlfahrtsverband');
    expect(de.relationship(RelationshipType.MEMBER_OF)).toBe('ist Mitglied in');
    const en = labelsFrom(ANSWER, 'en', 'Other');
    expect(en.kind(EntityKind.MEASURE)).toBe('Measure');
    expect(en.relationship(RelationshipType.MEMBER_OF)).toBe('is a member of');
  });

  it('names OTHER (a node without a kind label) with the page’s own word', () => {
    expect(labelsFrom(ANSWER, 'de', 'Sonstiges').kind('OTHER')).toBe('Sonstiges');
    expect(labelsFrom(null, 'en', 'Other').kind('OTHER')).toBe('Other');
  });

  it('falls back to the readable enum value while loading, after a failure, or for a key the API lacks', () => {
    const none = labelsFrom(null, 'de', 'Sonstiges');
    expect(none.kind(EntityKind.CIVIL_SOCIETY_ORGANISATION)).toBe('Civil society organisation');
    expect(none.relationship(RelationshipType.COOPERATES_WITH)).toBe('Cooperates with');
    expect(labelsFrom(ANSWER, 'de', 'Sonstiges').kind(EntityKind.BODY)).toBe('Body');
    for (const kind of Object.values(EntityKind)) expect(none.kind(kind)).not.toBe('');
    for (const type of Object.values(RelationshipType)) expect(none.relationship(type)).not.toBe('');
  });

  it('humanises an enum value', () => {
    expect(humanise('TARGET_GROUP')).toBe('Target group');
    expect(humanise('SOURCE')).toBe('Source');
  });
});
