// Field resolvers of the edge objects (Membership, Cooperation, …, Link): their sources and freshness, the role or
// kind as a term of the vocabulary that belongs to the relationship type, and the qualifiers some types carry
// (the reach of an ACTIVE_IN, the regions of a PROVIDES or RUNS, the quantities of a FUNDS).
import { RELATIONSHIP_RULES, type RelationshipRule } from '../../../../domain/relationship-types.ts';
import type { AtlasContext } from '../../../context.ts';
import { requiredTermOf, sourcesOf, termOf } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import type { EdgeObject } from '../model/edges.ts';
import { factFields, quantities } from './fact-fields.ts';

const EDGE_TYPES = [
  'Membership',
  'Cooperation',
  'Provision',
  'Funding',
  'Management',
  'OrganisationLink',
  'ProgramPart',
  'Foundation',
  'Addressing',
  'Targeting',
  'Placement',
  'Party',
  'MeasurePart',
  'Link',
] as const;

type EdgeType = (typeof EDGE_TYPES)[number];

const edgeFields = {
  sources: (edge: EdgeObject, _args: unknown, ctx: AtlasContext) => sourcesOf(ctx, edge.sourceIds),
  ...factFields,
};

function edgeTerm(field: 'role' | 'kind', vocabulary: string) {
  return (edge: EdgeObject, _args: unknown, ctx: AtlasContext) =>
    requiredTermOf(ctx, vocabulary, edge[field]);
}

/** ACTIVE_IN without a stored reach reaches the whole region; other types have no reach. */
function reach(edge: EdgeObject): string | null {
  return edge.type === 'ACTIVE_IN' ? (edge.reach ?? 'whole') : edge.reach;
}

async function regions(edge: EdgeObject, _args: unknown, ctx: AtlasContext): Promise<EntityRecord[]> {
  const found = await loaders(ctx).nodes.loadMany(edge.regionIds);
  return found.filter((r): r is EntityRecord => r !== null && r.labels.includes('Region'));
}

/** The role or kind of any relationship, through the vocabulary its type's rule names (null for the others). */
function linkTerm(field: 'role' | 'kind') {
  return (edge: EdgeObject, _args: unknown, ctx: AtlasContext) => {
    const rule: RelationshipRule | undefined = (RELATIONSHIP_RULES as Record<string, RelationshipRule>)[
      edge.type
    ];
    if (rule?.property?.name !== field) return null;
    return termOf(ctx, rule.property.vocabulary, edge[field]);
  };
}

const EDGE_EXTRAS: Partial<Record<EdgeType, object>> = {
  Membership: { role: edgeTerm('role', 'membershipRole') },
  Cooperation: { kind: edgeTerm('kind', 'cooperationKind') },
  Provision: { role: edgeTerm('role', 'provisionRole'), regions },
  Management: { role: edgeTerm('role', 'runRole'), regions },
  Funding: { quantities },
  Placement: { reach },
  Party: { role: edgeTerm('role', 'partyRole') },
  Link: { role: linkTerm('role'), kind: linkTerm('kind'), reach, regions, quantities },
};

export const edgeTypeResolvers: Record<string, object> = Object.fromEntries(
  EDGE_TYPES.map((type) => [type, { ...edgeFields, ...EDGE_EXTRAS[type] }]),
);
