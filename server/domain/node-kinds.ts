// The kinds of node the atlas stores, defined once. Each kind is a Neo4j label; an actor carries `Actor` and the
// label of its kind. Everything else (the GraphQL EntityKind enum, the client's legend, exports, statistics) is
// derived from these lists or checked against them by test/unit/domain/node-kinds.test.ts.

/** Actor kinds: the key the import format and the `actorKind` vocabulary use → the label stored next to `Actor`. */
export const ACTOR_KIND_LABELS = {
  commissioner: 'Commissioner',
  agency: 'Agency',
  welfareOrganisation: 'WelfareOrganisation',
  civilSocietyOrganisation: 'CivilSocietyOrganisation',
  researchInstitute: 'ResearchInstitute',
  educationProvider: 'EducationProvider',
  body: 'Body',
} as const;

export type ActorKind = keyof typeof ACTOR_KIND_LABELS;
export type ActorLabel = (typeof ACTOR_KIND_LABELS)[ActorKind];

export const ACTOR_KINDS = Object.keys(ACTOR_KIND_LABELS) as readonly ActorKind[];
export const ACTOR_LABELS = Object.values(ACTOR_KIND_LABELS) as readonly ActorLabel[];

/** The labels of the entities: every readable node carries exactly one of them. */
export const ENTITY_LABELS = [
  'Actor',
  'Program',
  'Measure',
  'Topic',
  'TargetGroup',
  'Region',
  'Source',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export type KindLabel = ActorLabel | Exclude<EntityLabel, 'Actor'>;

/** The labels that name a node's kind, most specific first: an actor's kind label wins over `Actor`. */
export const KIND_LABELS: readonly KindLabel[] = [
  ...ACTOR_LABELS,
  ...ENTITY_LABELS.filter((label): label is Exclude<EntityLabel, 'Actor'> => label !== 'Actor'),
];

export function isActorKind(value: string): value is ActorKind {
  return Object.hasOwn(ACTOR_KIND_LABELS, value);
}

/** The label that names a node's kind, or null for a node without one (e.g. an `Actor` with no kind label). */
export function kindLabelOf(labels: readonly string[]): KindLabel | null {
  return KIND_LABELS.find((label) => labels.includes(label)) ?? null;
}
