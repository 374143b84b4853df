// Field resolvers of the actor types, one per actor class (they share all fields of the Actor interface; Body adds
// two).
import type { AtlasContext } from '../../../context.ts';
import { linkField, requiredTermOf, termOf } from '../load/fetch.ts';
import { LINKS } from '../load/links.ts';
import { ACTOR_CLASS_LABELS, ACTOR_LABELS, kindLabelOf } from '../../../../domain/node-kinds.ts';
import { stringList, type EntityRecord } from '../model/entity-record.ts';
import {
  cooperation,
  funding,
  management,
  membership,
  organisationLink,
  party,
  placement,
  provision,
} from '../model/edges.ts';
import { factFields, quantities, relations } from './fact-fields.ts';
import { flag, namedFields } from './shared-fields.ts';

/** Actor class label → its `actorKind` key (`CivilSocietyOrganisation` → `civilSocietyOrganisation`). */
const CLASS_OF_LABEL = new Map<string, string>(
  Object.entries(ACTOR_CLASS_LABELS).map(([key, label]) => [label, key]),
);

function actorClassKey(actor: EntityRecord): unknown {
  const label = kindLabelOf(actor.labels);
  // An actor stored without its class label falls back to its kind (as abstract-types.ts does).
  return (label !== null && CLASS_OF_LABEL.get(label)) || actor.kind;
}

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
  ...factFields,
  collective: flag('collective'),
  languages: (actor: EntityRecord) => stringList(actor.languages),
  quantities,
  actorClass: (actor: EntityRecord, _args: unknown, ctx: AtlasContext) =>
    requiredTermOf(ctx, 'actorKind', actorClassKey(actor)),
  partyTo: linkField(LINKS.partyTo, (actor, link) => party(actor, link.other, link)),
  relations,
};

const bodyFields = {
  bodyKind: (body: EntityRecord, _args: unknown, ctx: AtlasContext) => termOf(ctx, 'bodyKind', body.bodyKind),
  members: linkField(LINKS.members, (body, link) => membership(link.other, body, link)),
};

export const actorTypeResolvers: Record<string, object> = Object.fromEntries(
  ACTOR_LABELS.map((label) => [label, label === 'Body' ? { ...actorFields, ...bodyFields } : actorFields]),
);
