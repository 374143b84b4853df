// GraphQL's EntityKind ↔ the Neo4j labels. The enum's internal values are the labels themselves (see
// types/enums.ts), so resolvers receive and return labels and only the schema speaks in UPPER_CASE.

/** The domain labels, most specific first: an actor's kind label wins over `Actor`. */
export const KIND_LABELS = [
  'Commissioner',
  'Agency',
  'WelfareOrganisation',
  'CivilSocietyOrganisation',
  'ResearchInstitute',
  'EducationProvider',
  'Body',
  'Program',
  'Measure',
  'Topic',
  'TargetGroup',
  'Region',
  'Source',
] as const;

export type KindLabel = (typeof KIND_LABELS)[number];

export const ACTOR_KIND_LABELS: readonly KindLabel[] = KIND_LABELS.slice(0, 7);

/** Every label a readable node carries one of; `Actor` also covers an actor written without a kind label. */
export const READABLE_LABELS: readonly string[] = [
  'Actor',
  'Program',
  'Measure',
  'Topic',
  'TargetGroup',
  'Region',
  'Source',
];

/** The label that names a node's kind, or null for a node without one (e.g. an `Actor` with no kind label). */
export function kindLabelOf(labels: readonly string[]): KindLabel | null {
  return KIND_LABELS.find((label) => labels.includes(label)) ?? null;
}
