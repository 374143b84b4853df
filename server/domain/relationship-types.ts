// The relationship types an import may list, with the node kinds allowed at each end and the property that
// qualifies them. `Region -[:PART_OF]-> Region` and `SOURCED_FROM` are not here: they come from the `partOf` and
// `sources` fields.
import type { Vocabulary } from './vocabulary.ts';

/** What a relationship end can be. `Body` is an actor of kind `body`; `Actor` accepts bodies too. */
export type EndpointKind = 'Actor' | 'Body' | 'Program' | 'Measure' | 'Topic' | 'TargetGroup' | 'Region';

export interface EndpointPair {
  readonly from: readonly EndpointKind[];
  readonly to: readonly EndpointKind[];
}

export interface QualifyingProperty {
  readonly name: 'role' | 'kind';
  readonly vocabulary: Vocabulary;
}

export interface RelationshipRule {
  /** Allowed combinations; `PART_OF` needs pairs because a measure may be part of a program, not of an actor. */
  readonly endpoints: readonly EndpointPair[];
  /** Required when present; when absent, neither `role` nor `kind` may be given. */
  readonly property?: QualifyingProperty;
  /** Mutual by meaning: stored once, so A→B and B→A are the same fact. */
  readonly mutual?: boolean;
  /** Optional fields only this type takes (every other type refuses them). */
  readonly fields?: readonly ExtraField[];
}

/**
 * Fields some relationship types take besides role or kind: how far an ACTIVE_IN reaches into its region, the
 * regions a RUNS or PROVIDES is limited to (two operators each serving some districts of one program), and the
 * quantities of a FUNDS (amount, own contribution).
 */
export const EXTRA_FIELDS = ['reach', 'regions', 'quantities'] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

const PROGRAM_OR_MEASURE: readonly EndpointKind[] = ['Program', 'Measure'];
const ACTOR_PROGRAM_OR_MEASURE: readonly EndpointKind[] = ['Actor', 'Program', 'Measure'];

export const RELATIONSHIP_RULES = {
  MEMBER_OF: {
    endpoints: [{ from: ['Actor'], to: ['Body'] }],
    property: { name: 'role', vocabulary: 'membershipRole' },
  },
  COOPERATES_WITH: {
    endpoints: [{ from: ['Actor'], to: ['Actor'] }],
    property: { name: 'kind', vocabulary: 'cooperationKind' },
    mutual: true,
  },
  PART_OF: {
    endpoints: [
      { from: ['Actor'], to: ['Actor'] },
      { from: ['Measure'], to: ['Program'] },
      { from: ['Program'], to: ['Program'] },
      { from: ['Measure'], to: ['Measure'] },
    ],
  },
  FUNDS: { endpoints: [{ from: ['Actor'], to: ACTOR_PROGRAM_OR_MEASURE }], fields: ['quantities'] },
  RUNS: {
    endpoints: [{ from: ['Actor'], to: PROGRAM_OR_MEASURE }],
    property: { name: 'role', vocabulary: 'runRole' },
    fields: ['regions'],
  },
  PROVIDES: {
    endpoints: [{ from: ['Actor'], to: ['Measure'] }],
    property: { name: 'role', vocabulary: 'provisionRole' },
    fields: ['regions'],
  },
  BASED_ON: { endpoints: [{ from: PROGRAM_OR_MEASURE, to: ['Program'] }] },
  IMPLEMENTS: { endpoints: [{ from: PROGRAM_OR_MEASURE, to: ['Program'] }] },
  ADDRESSES: { endpoints: [{ from: ACTOR_PROGRAM_OR_MEASURE, to: ['Topic'] }] },
  TARGETS: { endpoints: [{ from: ACTOR_PROGRAM_OR_MEASURE, to: ['TargetGroup'] }] },
  ACTIVE_IN: { endpoints: [{ from: ACTOR_PROGRAM_OR_MEASURE, to: ['Region'] }], fields: ['reach'] },
  LOCATED_IN: { endpoints: [{ from: ['Actor'], to: ['Region'] }] },
  FOUNDED: { endpoints: [{ from: ['Actor'], to: ACTOR_PROGRAM_OR_MEASURE }] },
  COMMISSIONED: { endpoints: [{ from: ['Actor'], to: ACTOR_PROGRAM_OR_MEASURE }] },
  REPORTS_TO: { endpoints: [{ from: ['Actor'], to: ['Actor'] }] },
  CONTRIBUTED_TO: { endpoints: [{ from: ['Actor'], to: PROGRAM_OR_MEASURE }] },
  HOSTS: { endpoints: [{ from: ['Actor'], to: ['Actor', 'Measure'] }] },
  ADVISES: { endpoints: [{ from: ['Actor'], to: ACTOR_PROGRAM_OR_MEASURE }] },
  PARTY_TO: {
    endpoints: [{ from: ['Actor'], to: ['Program'] }],
    property: { name: 'role', vocabulary: 'partyRole' },
  },
} as const satisfies Record<string, RelationshipRule>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as RelationshipType[];

/** The relationship types that place an actor, program or measure in a region (used for duplicate detection). */
export const REGION_TYPES: readonly RelationshipType[] = ['LOCATED_IN', 'ACTIVE_IN'];

export function ruleFor(type: RelationshipType): RelationshipRule {
  return RELATIONSHIP_RULES[type];
}

/** Whether a node of `kind` may stand where `allowed` is expected; a body is an actor as well. */
export function endpointMatches(kind: EndpointKind, allowed: readonly EndpointKind[]): boolean {
  return allowed.includes(kind) || (kind === 'Body' && allowed.includes('Actor'));
}

/** Whether `from → to` fits one of the rule's endpoint pairs. */
export function endpointsAllowed(rule: RelationshipRule, from: EndpointKind, to: EndpointKind): boolean {
  return rule.endpoints.some((pair) => endpointMatches(from, pair.from) && endpointMatches(to, pair.to));
}

/** What a reader sees besides the import's types: SOURCED_FROM, which the `sources` fields write. */
export type ReadableRelationshipType = RelationshipType | 'SOURCED_FROM';

/** The relationship types a reader sees: the import's types plus SOURCED_FROM, which the `sources` fields write. */
export const READABLE_RELATIONSHIP_TYPES: readonly string[] = [...RELATIONSHIP_TYPES, 'SOURCED_FROM'];
