// The relationship fields of the reading API as data: which relationship types, which direction and which kind
// of node at the other end. One statement (cypher/queries/links.cypher) serves them all, batched per field; a
// field with its own traversal (Region.ancestors, Program.measures) has its own statement instead.
import { READABLE_RELATIONSHIP_TYPES, RELATIONSHIP_RULES } from '../../../../domain/relationship-types.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface LinkSpec {
  /** Names the loader, so each field is batched and cached on its own. */
  readonly name: string;
  readonly types: readonly string[];
  readonly direction: Direction;
  /** The node at the other end must carry one of these labels. */
  readonly otherLabels: readonly string[];
}

const ACTOR = ['Actor'];
const INITIATIVE = ['Program', 'Measure'];
const ENTITIES = ['Actor', 'Program', 'Measure', 'Topic', 'TargetGroup', 'Region'];

/** Types stored once for both sides (COOPERATES_WITH): matched from either side whatever the direction. */
export const MUTUAL_TYPES: readonly string[] = Object.entries(RELATIONSHIP_RULES)
  .filter(([, rule]) => 'mutual' in rule && rule.mutual)
  .map(([type]) => type);

function spec(
  name: string,
  types: readonly string[],
  direction: Direction,
  otherLabels: readonly string[],
): LinkSpec {
  return { name, types, direction, otherLabels };
}

export const LINKS = {
  memberships: spec('memberships', ['MEMBER_OF'], 'OUT', ['Body']),
  members: spec('members', ['MEMBER_OF'], 'IN', ACTOR),
  // Mutual: stored once in whichever direction the import listed it, so both directions are read.
  cooperations: spec('cooperations', ['COOPERATES_WITH'], 'BOTH', ACTOR),
  provides: spec('provides', ['PROVIDES'], 'OUT', ['Measure']),
  funds: spec('funds', ['FUNDS'], 'OUT', INITIATIVE),
  runs: spec('runs', ['RUNS'], 'OUT', INITIATIVE),
  parentOrganisations: spec('parentOrganisations', ['PART_OF'], 'OUT', ACTOR),
  units: spec('units', ['PART_OF'], 'IN', ACTOR),
  locatedIn: spec('locatedIn', ['LOCATED_IN'], 'OUT', ['Region']),
  activeIn: spec('activeIn', ['ACTIVE_IN'], 'OUT', ['Region']),
  providers: spec('providers', ['PROVIDES'], 'IN', ACTOR),
  funders: spec('funders', ['FUNDS'], 'IN', ACTOR),
  runners: spec('runners', ['RUNS'], 'IN', ACTOR),
  programsAbove: spec('programsAbove', ['PART_OF'], 'OUT', ['Program']),
  programParts: spec('programParts', ['PART_OF'], 'IN', INITIATIVE),
  basedOn: spec('basedOn', ['BASED_ON'], 'OUT', ['Program']),
  basisOf: spec('basisOf', ['BASED_ON'], 'IN', INITIATIVE),
  topics: spec('topics', ['ADDRESSES'], 'OUT', ['Topic']),
  targetGroups: spec('targetGroups', ['TARGETS'], 'OUT', ['TargetGroup']),
  measuresAddressing: spec('measuresAddressing', ['ADDRESSES'], 'IN', ['Measure']),
  programsAddressing: spec('programsAddressing', ['ADDRESSES'], 'IN', ['Program']),
  measuresTargeting: spec('measuresTargeting', ['TARGETS'], 'IN', ['Measure']),
  programsTargeting: spec('programsTargeting', ['TARGETS'], 'IN', ['Program']),
  regionParent: spec('regionParent', ['PART_OF'], 'OUT', ['Region']),
  regionChildren: spec('regionChildren', ['PART_OF'], 'IN', ['Region']),
  actorsPlaced: spec('actorsPlaced', ['ACTIVE_IN', 'LOCATED_IN'], 'IN', ACTOR),
  programsPlaced: spec('programsPlaced', ['ACTIVE_IN'], 'IN', ['Program']),
  measuresPlaced: spec('measuresPlaced', ['ACTIVE_IN'], 'IN', ['Measure']),
  citedBy: spec('citedBy', ['SOURCED_FROM'], 'IN', ENTITIES),
  subMeasures: spec('subMeasures', ['PART_OF'], 'IN', ['Measure']),
  measuresAbove: spec('measuresAbove', ['PART_OF'], 'OUT', ['Measure']),
  parties: spec('parties', ['PARTY_TO'], 'IN', ACTOR),
  partyTo: spec('partyTo', ['PARTY_TO'], 'OUT', ['Program']),
} as const satisfies Record<string, LinkSpec>;

/** Every readable type except SOURCED_FROM: what `relations` lists when no types are asked for (as `network`). */
export const DEFAULT_RELATION_TYPES = READABLE_RELATIONSHIP_TYPES.filter((t) => t !== 'SOURCED_FROM');

/**
 * The spec of a `relations` field: the types and direction asked for (enum values, so never free text), any
 * entity at the other end. Named by its arguments, so each combination is batched and cached on its own.
 */
export function relationsSpec(types: readonly string[] | null | undefined, direction: Direction): LinkSpec {
  const chosen = [...new Set(types ?? DEFAULT_RELATION_TYPES)].sort();
  return spec(`relations:${direction}:${chosen.join(',')}`, chosen, direction, [...ENTITIES, 'Source']);
}
