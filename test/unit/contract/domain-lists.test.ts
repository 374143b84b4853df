// Each domain list has one definition in server/; the schema's enums (and through them the client's generated
// types) must say the same. A value added on one side and forgotten on the other fails here.
import fs from 'node:fs';
import { type GraphQLEnumType, type GraphQLInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../server/audit/audit-entry.ts';
import { ENTITY_KINDS } from '../../../server/audit/record-kinds.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { ENTITY_KIND_LABELS, RELATIONSHIP_TYPE_LABELS } from '../../../server/domain/kind-terms.ts';
import {
  ACTOR_CLASS_LABELS,
  ACTOR_CLASSES,
  ACTOR_LABELS,
  KIND_LABELS,
} from '../../../server/domain/node-kinds.ts';
import {
  READABLE_RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPES,
} from '../../../server/domain/relationship-types.ts';
import {
  CLAIM_STATUSES,
  COUNTRIES,
  LANGUAGES,
  QUANTITY_PERIODS,
  QUANTITY_UNITS,
  REACHES,
} from '../../../server/domain/vocabulary.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { buildSchema } from '../../../server/graphql/build-schema.ts';
import {
  entityKindVocabulary,
  relationshipTypeVocabulary,
} from '../../../server/graphql/resolvers/read/model/kind-vocabularies.ts';
import { toTermRecord, type TermRecord } from '../../../server/graphql/resolvers/read/model/term-record.ts';
import { enumName } from '../../../server/graphql/resolvers/read/types/enums.ts';

const schema = buildSchema();

function enumNames(name: string): string[] {
  const type = schema.getType(name) as GraphQLEnumType | undefined;
  if (!type) throw new Error(`The schema has no enum ${name}`);
  return type.getValues().map((value) => value.name);
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('the schema enums follow the domain lists', () => {
  it('EntityKind has one value per kind label, in the same order', () => {
    expect(enumNames('EntityKind')).toEqual(KIND_LABELS.map(enumName));
  });

  it('the Actor interface is implemented by exactly the actor classes', () => {
    const actor = schema.getType('Actor') as GraphQLInterfaceType;
    expect(sorted(schema.getPossibleTypes(actor).map((t) => t.name))).toEqual(sorted(ACTOR_LABELS));
  });

  it('RelationshipType is what a reader sees, LinkType what an admin links', () => {
    expect(sorted(enumNames('RelationshipType'))).toEqual(sorted(READABLE_RELATIONSHIP_TYPES));
    expect(sorted(enumNames('LinkType'))).toEqual(sorted(RELATIONSHIP_TYPES));
  });

  it('RecordKind is the entity kinds of the admin API plus TERM', () => {
    expect(sorted(enumNames('RecordKind'))).toEqual(sorted([...Object.keys(ENTITY_KINDS), 'TERM']));
  });

  it('Country, AuditAction and ErrorCode list the same values as their definitions', () => {
    expect(sorted(enumNames('Country'))).toEqual(sorted(COUNTRIES));
    expect(sorted(enumNames('AuditAction'))).toEqual(sorted(AUDIT_ACTIONS));
    expect(sorted(enumNames('ErrorCode'))).toEqual(sorted(Object.values(ErrorCode)));
  });

  it('ClaimStatus, Reach, QuantityUnit and QuantityPeriod name the stored values, in the same order', () => {
    expect(enumNames('ClaimStatus')).toEqual(CLAIM_STATUSES.map(enumName));
    expect(enumNames('Reach')).toEqual(REACHES.map(enumName));
    expect(enumNames('QuantityUnit')).toEqual(QUANTITY_UNITS.map(enumName));
    expect(enumNames('QuantityPeriod')).toEqual(QUANTITY_PERIODS.map(enumName));
  });

  it('Language names the languages the atlas writes its sentences in, in the same order', () => {
    expect(enumNames('Language')).toEqual(LANGUAGES.map(enumName));
  });
});

describe('the words for kinds and relationship types are defined once, on the server', () => {
  // The actor classes are labelled by their `actorKind` terms, which live in the data: the curated dataset's.
  const curated = JSON.parse(fs.readFileSync(CURATED_DATASET, 'utf8')) as {
    terms: Record<string, unknown>[];
  };
  const actorKind = {
    name: 'actorKind',
    terms: curated.terms
      .filter((term) => term.vocabulary === 'actorKind')
      .map(toTermRecord)
      .filter((term): term is TermRecord => term !== null),
  };
  const labelled = (term: TermRecord) =>
    term.labelDe.trim() !== '' && term.labelEn.trim() !== '' && term.labelDe !== term.key;

  it('the code labels every kind that is not an actor class and every relationship type a reader sees', () => {
    expect(sorted(Object.keys(ENTITY_KIND_LABELS))).toEqual(
      sorted(KIND_LABELS.filter((label) => !(ACTOR_LABELS as readonly string[]).includes(label))),
    );
    expect(sorted(Object.keys(RELATIONSHIP_TYPE_LABELS))).toEqual(sorted(READABLE_RELATIONSHIP_TYPES));
  });

  it('the curated actorKind vocabulary has a term for every actor class', () => {
    expect(sorted(actorKind.terms.filter((t) => t.broader === null).map((t) => t.key))).toEqual(
      sorted(ACTOR_CLASSES),
    );
  });

  it('entityKind has a term with a German and an English label and a definition for every EntityKind', () => {
    const vocabulary = entityKindVocabulary(actorKind, schema);
    expect(sorted(vocabulary.terms.map((t) => t.key))).toEqual(sorted(enumNames('EntityKind')));
    for (const term of vocabulary.terms) {
      expect(labelled(term), term.key).toBe(true);
      expect(term.definition, term.key).toBeTruthy();
    }
  });

  it('an actor class is named exactly as its actorKind term, so no class has two names', () => {
    const vocabulary = entityKindVocabulary(actorKind, schema);
    for (const actorClass of ACTOR_CLASSES) {
      const term = actorKind.terms.find((t) => t.key === actorClass)!;
      expect(vocabulary.terms.find((t) => t.key === enumName(ACTOR_CLASS_LABELS[actorClass]))).toMatchObject({
        labelDe: term.labelDe,
        labelEn: term.labelEn,
        definition: term.definition,
      });
    }
  });

  it('relationshipType has a term with both labels for every RelationshipType, defined by the enum value', () => {
    const vocabulary = relationshipTypeVocabulary(schema);
    expect(sorted(vocabulary.terms.map((t) => t.key))).toEqual(sorted(enumNames('RelationshipType')));
    const described = schema.getType('RelationshipType') as GraphQLEnumType;
    for (const term of vocabulary.terms) {
      expect(labelled(term), term.key).toBe(true);
      expect(term.definition).toBe(described.getValue(term.key)?.description);
    }
  });
});
