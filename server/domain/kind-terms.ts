// The words for the kinds of node and of relationship, defined once: the client's legend, table, filters and search
// read them through the API as the vocabularies `entityKind` and `relationshipType` (Query.vocabulary), keyed by
// the EntityKind and RelationshipType values. The actor classes have no words here: they are `actorKind` terms in
// the data, and their entity kinds take those terms' labels, so one class never has two names.
// test/unit/contract/domain-lists.test.ts checks that every kind and type has both labels.
import type { ActorLabel, KindLabel } from './node-kinds.ts';
import type { ReadableRelationshipType } from './relationship-types.ts';

export interface KindTermLabels {
  readonly labelDe: string;
  readonly labelEn: string;
}

/** The vocabulary of the entity kinds: keys are EntityKind values (`COMMISSIONER`, …, `SOURCE`). */
export const ENTITY_KIND_VOCABULARY = 'entityKind';
/** The vocabulary of the relationship types: keys are RelationshipType values (`MEMBER_OF`, …). */
export const RELATIONSHIP_TYPE_VOCABULARY = 'relationshipType';

/** Labels of the kinds that are not actor classes; an actor class is labelled by its `actorKind` term. */
export const ENTITY_KIND_LABELS: Readonly<Record<Exclude<KindLabel, ActorLabel>, KindTermLabels>> = {
  Program: { labelDe: 'Programm', labelEn: 'Program' },
  Measure: { labelDe: 'Maßnahme', labelEn: 'Measure' },
  Topic: { labelDe: 'Thema', labelEn: 'Topic' },
  TargetGroup: { labelDe: 'Zielgruppe', labelEn: 'Target group' },
  Region: { labelDe: 'Region', labelEn: 'Region' },
  Source: { labelDe: 'Quelle', labelEn: 'Source' },
};

/** Labels of the relationship types, read from the start node: "A is a member of B". */
export const RELATIONSHIP_TYPE_LABELS: Readonly<Record<ReadableRelationshipType, KindTermLabels>> = {
  MEMBER_OF: { labelDe: 'ist Mitglied in', labelEn: 'is a member of' },
  COOPERATES_WITH: { labelDe: 'kooperiert mit', labelEn: 'cooperates with' },
  PART_OF: { labelDe: 'ist Teil von', labelEn: 'is part of' },
  FUNDS: { labelDe: 'fördert', labelEn: 'funds' },
  RUNS: { labelDe: 'führt durch / steuert', labelEn: 'runs' },
  PROVIDES: { labelDe: 'bietet an', labelEn: 'provides' },
  BASED_ON: { labelDe: 'beruht auf', labelEn: 'is based on' },
  IMPLEMENTS: { labelDe: 'setzt um', labelEn: 'implements' },
  ADDRESSES: { labelDe: 'hat Thema', labelEn: 'addresses' },
  TARGETS: { labelDe: 'richtet sich an', labelEn: 'targets' },
  ACTIVE_IN: { labelDe: 'ist aktiv in', labelEn: 'is active in' },
  LOCATED_IN: { labelDe: 'hat Sitz in', labelEn: 'is located in' },
  FOUNDED: { labelDe: 'hat gegründet', labelEn: 'founded' },
  COMMISSIONED: { labelDe: 'hat beauftragt', labelEn: 'commissioned' },
  REPORTS_TO: { labelDe: 'berichtet an', labelEn: 'reports to' },
  CONTRIBUTED_TO: { labelDe: 'hat beigetragen zu', labelEn: 'contributed to' },
  HOSTS: { labelDe: 'ist Träger / Gastgeber von', labelEn: 'hosts' },
  ADVISES: { labelDe: 'berät', labelEn: 'advises' },
  PARTY_TO: { labelDe: 'ist Partei von', labelEn: 'is party to' },
  SOURCED_FROM: { labelDe: 'stammt aus Quelle', labelEn: 'comes from source' },
};
