// Field resolvers of the edge objects (Membership, Cooperation, …): their sources, and the role or kind as a term
// of the vocabulary that belongs to the relationship type.
import type { AtlasContext } from '../../../context.ts';
import { requiredTermOf, sourcesOf } from '../load/fetch.ts';
import type { EdgeObject } from '../model/edges.ts';

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
] as const;

type EdgeType = (typeof EDGE_TYPES)[number];

const edgeSources = {
  sources: (edge: EdgeObject, _args: unknown, ctx: AtlasContext) => sourcesOf(ctx, edge.sourceIds),
};

function edgeTerm(field: 'role' | 'kind', vocabulary: string) {
  return (edge: EdgeObject, _args: unknown, ctx: AtlasContext) =>
    requiredTermOf(ctx, vocabulary, edge[field]);
}

const EDGE_TERMS: Partial<Record<EdgeType, object>> = {
  Membership: { role: edgeTerm('role', 'membershipRole') },
  Cooperation: { kind: edgeTerm('kind', 'cooperationKind') },
  Provision: { role: edgeTerm('role', 'provisionRole') },
  Management: { role: edgeTerm('role', 'runRole') },
};

export const edgeTypeResolvers: Record<string, object> = Object.fromEntries(
  EDGE_TYPES.map((type) => [type, { ...edgeSources, ...EDGE_TERMS[type] }]),
);
