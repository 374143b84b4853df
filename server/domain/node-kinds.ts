// The kinds of node the atlas stores, defined once. Each kind is a Neo4j label; an actor carries `Actor` and the
// label of its class. Actor kinds themselves are vocabulary data (`actorKind` terms): a kind such as `chamber` or
// `council` names a broader term, and following `broader` ends at one of the classes below, which are fixed in
// code because they are labels. Everything else (the GraphQL EntityKind enum, the client's legend, exports,
// statistics) is derived from these lists or checked against them by test/unit/contract/domain-lists.test.ts.

/** Actor classes: the `actorKind` term key → the label stored next to `Actor`. */
export const ACTOR_CLASS_LABELS = {
  commissioner: 'Commissioner',
  agency: 'Agency',
  welfareOrganisation: 'WelfareOrganisation',
  civilSocietyOrganisation: 'CivilSocietyOrganisation',
  researchInstitute: 'ResearchInstitute',
  educationProvider: 'EducationProvider',
  economicActor: 'EconomicActor',
  religiousCommunity: 'ReligiousCommunity',
  body: 'Body',
  unspecified: 'UnspecifiedActor',
} as const;

export type ActorClass = keyof typeof ACTOR_CLASS_LABELS;
export type ActorLabel = (typeof ACTOR_CLASS_LABELS)[ActorClass];

export const ACTOR_CLASSES = Object.keys(ACTOR_CLASS_LABELS) as readonly ActorClass[];
export const ACTOR_LABELS = Object.values(ACTOR_CLASS_LABELS) as readonly ActorLabel[];

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

/** The labels that name a node's kind, most specific first: an actor's class label wins over `Actor`. */
export const KIND_LABELS: readonly KindLabel[] = [
  ...ACTOR_LABELS,
  ...ENTITY_LABELS.filter((label): label is Exclude<EntityLabel, 'Actor'> => label !== 'Actor'),
];

export function isActorClass(value: string): value is ActorClass {
  return Object.hasOwn(ACTOR_CLASS_LABELS, value);
}

/** How far a chain of broader terms may reach before it counts as a cycle. */
export const MAX_BROADER_DEPTH = 10;

/**
 * The class of an actor kind: the kind itself when it is a class, else the class its chain of `broader` terms
 * ends at. `broaderOf` gives a term's broader key (null: none; undefined: no such term). Undefined when the
 * chain breaks, loops or never reaches a class.
 */
export function actorClassOf(
  kind: string,
  broaderOf: (key: string) => string | null | undefined,
): ActorClass | undefined {
  let key: string | null | undefined = kind;
  for (let step = 0; step <= MAX_BROADER_DEPTH && typeof key === 'string'; step += 1) {
    if (isActorClass(key)) return key;
    key = broaderOf(key);
  }
  return undefined;
}

/** The label that names a node's kind, or null for a node without one (e.g. an `Actor` with no class label). */
export function kindLabelOf(labels: readonly string[]): KindLabel | null {
  return KIND_LABELS.find((label) => labels.includes(label)) ?? null;
}
