// The vocabularies the code defines (server/domain/kind-terms.ts) as Vocabulary records: entity kinds and
// relationship types as terms keyed by their enum values, each defined by its enum value's description in the
// schema. An actor class is its `actorKind` term under another key: label, definition, sources and last check
// come from that term, so the legend and the details panel never name one class in two ways.
import type { GraphQLEnumType, GraphQLSchema } from 'graphql';
import {
  ENTITY_KIND_LABELS,
  ENTITY_KIND_VOCABULARY,
  RELATIONSHIP_TYPE_LABELS,
  RELATIONSHIP_TYPE_VOCABULARY,
  type KindTermLabels,
} from '../../../../domain/kind-terms.ts';
import { ACTOR_CLASS_LABELS, ACTOR_CLASSES } from '../../../../domain/node-kinds.ts';
import { enumName } from '../types/enums.ts';
import { missingTerm, type TermRecord } from './term-record.ts';
import type { VocabularyRecord } from './vocabulary-shape.ts';

const byKey = (a: TermRecord, b: TermRecord) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function describedBy(schema: GraphQLSchema, enumType: string) {
  const type = schema.getType(enumType) as GraphQLEnumType | undefined;
  return (value: string) => type?.getValue(value)?.description ?? null;
}

function codeTerm(
  vocabulary: string,
  key: string,
  labels: KindTermLabels,
  definition: string | null,
): TermRecord {
  return { ...missingTerm(vocabulary, key), ...labels, definition };
}

/** `entityKind`: the actor classes from the stored `actorKind` vocabulary, the other kinds from the code. */
export function entityKindVocabulary(
  actorKind: VocabularyRecord | undefined,
  schema: GraphQLSchema,
): VocabularyRecord {
  const describe = describedBy(schema, 'EntityKind');
  const classTerms = new Map((actorKind?.terms ?? []).map((term) => [term.key, term]));
  const classes = ACTOR_CLASSES.map((actorClass) => {
    const key = enumName(ACTOR_CLASS_LABELS[actorClass]);
    const term = classTerms.get(actorClass);
    return term
      ? { ...term, vocabulary: ENTITY_KIND_VOCABULARY, key, broader: null }
      : missingTerm(ENTITY_KIND_VOCABULARY, key);
  });
  const others = Object.entries(ENTITY_KIND_LABELS).map(([label, labels]) =>
    codeTerm(ENTITY_KIND_VOCABULARY, enumName(label), labels, describe(enumName(label))),
  );
  return { name: ENTITY_KIND_VOCABULARY, terms: [...classes, ...others].sort(byKey) };
}

/** `relationshipType`: every type a reader sees, from the code. */
export function relationshipTypeVocabulary(schema: GraphQLSchema): VocabularyRecord {
  const describe = describedBy(schema, 'RelationshipType');
  return {
    name: RELATIONSHIP_TYPE_VOCABULARY,
    terms: Object.entries(RELATIONSHIP_TYPE_LABELS)
      .map(([type, labels]) => codeTerm(RELATIONSHIP_TYPE_VOCABULARY, type, labels, describe(type)))
      .sort(byKey),
  };
}
