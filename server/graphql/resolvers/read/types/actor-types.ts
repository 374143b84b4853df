// Field resolvers of the seven actor types (they share all fields of the Actor interface; Body adds two).
import type { AtlasContext } from '../../../context.ts';
import { linkField, requiredTermOf, termOf } from '../load/fetch.ts';
import { LINKS } from '../load/links.ts';
import { ACTOR_LABELS } from '../../../../domain/node-kinds.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import {
  cooperation,
  funding,
  management,
  membership,
  organisationLink,
  placement,
  provision,
} from '../model/edges.ts';
import { flag, namedFields } from './shared-fields.ts';

const actorFields = {
  ...namedFields,
  kind: (actor: EntityRecord, _args: unknown, ctx: AtlasContext) =>
    requiredTermOf(ctx, 'actorKind', actor.kind),
  unnamed: flag('unnamed'),
  memberships: linkField(LINKS.memberships, (actor, link) => membership(actor, link.other, link)),
  cooperations: linkField(LINKS.cooperations, (_actor, link) => cooperation(link.other, link)),
  provides: linkField(LINKS.provides, (actor, link) => provision(actor, link.other, link)),
  funds: linkField(LINKS.funds, (actor, link) => funding(actor, link.other, link)),
  runs: linkField(LINKS.runs, (actor, link) => management(actor, link.other, link)),
  partOf: linkField(LINKS.parentOrganisations, (actor, link) => organisationLink(actor, link.other, link)),
  units: linkField(LINKS.units, (actor, link) => organisationLink(link.other, actor, link)),
  locatedIn: linkField(LINKS.locatedIn, (actor, link) => placement(actor, link.other, link)),
  activeIn: linkField(LINKS.activeIn, (actor, link) => placement(actor, link.other, link)),
};

const bodyFields = {
  bodyKind: (body: EntityRecord, _args: unknown, ctx: AtlasContext) => termOf(ctx, 'bodyKind', body.bodyKind),
  members: linkField(LINKS.members, (body, link) => membership(link.other, body, link)),
};

export const actorTypeResolvers: Record<string, object> = Object.fromEntries(
  ACTOR_LABELS.map((label) => [label, label === 'Body' ? { ...actorFields, ...bodyFields } : actorFields]),
);
