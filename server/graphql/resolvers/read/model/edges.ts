// The edge objects of the API: the relationship's facts plus its two ends, typed. The same object serves both
// directions (Actor.memberships and Body.members both give Membership {member, body}), so a client reads an
// edge the same way wherever it met it. `__typename` lets the Relationship interface resolve its type.
import type { EntityRecord } from './entity-record.ts';
import { edgeFacts, type EdgeFacts, type LinkRecord } from './link-record.ts';

export type EdgeObject = EdgeFacts & { readonly __typename: string };

function edge<Ends extends Record<string, EntityRecord>>(typename: string, link: LinkRecord, ends: Ends) {
  return { __typename: typename, ...edgeFacts(link), ...ends };
}

type E = EntityRecord;
type L = LinkRecord;

export const membership = (member: E, body: E, link: L) => edge('Membership', link, { member, body });
export const cooperation = (partner: E, link: L) => edge('Cooperation', link, { partner });
export const provision = (provider: E, measure: E, link: L) => edge('Provision', link, { provider, measure });
export const funding = (funder: E, initiative: E, link: L) => edge('Funding', link, { funder, initiative });
export const management = (runner: E, initiative: E, link: L) =>
  edge('Management', link, { runner, initiative });
export const organisationLink = (unit: E, parent: E, link: L) =>
  edge('OrganisationLink', link, { unit, parent });
export const programPart = (part: E, program: E, link: L) => edge('ProgramPart', link, { part, program });
export const foundation = (initiative: E, basis: E, link: L) =>
  edge('Foundation', link, { initiative, basis });
export const addressing = (initiative: E, topic: E, link: L) =>
  edge('Addressing', link, { initiative, topic });
export const targeting = (initiative: E, targetGroup: E, link: L) =>
  edge('Targeting', link, { initiative, targetGroup });
export const placement = (subject: E, region: E, link: L) => edge('Placement', link, { subject, region });
export const party = (actor: E, program: E, link: L) => edge('Party', link, { party: actor, program });
export const measurePart = (part: E, whole: E, link: L) => edge('MeasurePart', link, { part, whole });
/** A relationship seen from one end (`relations`): the other end and the direction it is stored in. */
export const anyLink = (link: L) => ({
  ...edge('Link', link, { other: link.other }),
  direction: link.out ? ('OUT' as const) : ('IN' as const),
});
