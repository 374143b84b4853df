// The bodies × actors matrix from the API's answer: columns are the bodies, rows the actors that sit in one, each
// cell the membership (with its role) or none. Pure, so it is tested without a browser.
//
// A Land holds hundreds of bodies and thousands of members (North Rhine-Westphalia at national scale: 54 × 716),
// so the answer is first indexed by body (`membershipIndex`), and a matrix is built only for the bodies on screen
// (`matrixFor`): its cells grow with the bodies shown, not with the region.
import type { BodyMatrixQuery } from '../../api/generated/operations.ts';
import type { UiLanguage } from '../../app/url-state.ts';

type Answer = BodyMatrixQuery['bodyMemberships'];
type RoleTerm = { readonly key: string; readonly labelDe: string; readonly labelEn: string };

export interface Named {
  readonly id: string;
  readonly name: string;
}

/** A member's cell: `role` is the role key, null when the source states none. */
export type MatrixCell = { readonly member: false } | { readonly member: true; readonly role: string | null };

export interface MatrixRow {
  readonly actor: Named;
  /** One per body, in the order of `bodies`. */
  readonly cells: readonly MatrixCell[];
}

export interface BodyMatrix {
  readonly bodies: readonly Named[];
  readonly rows: readonly MatrixRow[];
  /** Members per body, in the order of `bodies`. */
  readonly memberCounts: readonly number[];
}

/** The answer by body: each body's members (actor id → role key or null), in the answer's order of actors. */
export interface MembershipIndex {
  readonly bodies: readonly Named[];
  readonly actors: readonly Named[];
  readonly members: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
}

/**
 * How the rows of a matrix are ordered: `name` keeps the answer's order (by name); `firstBody` puts each actor
 * under the first shown body it sits in, so the ticks of a page of bodies form a staircase instead of a scatter.
 */
export type RowOrder = 'name' | 'firstBody';

const NONE: MatrixCell = { member: false };

/** A membership naming a body or actor the answer does not list is left out. */
export function membershipIndex(answer: Answer): MembershipIndex {
  const actorIds = new Set(answer.actors.map((actor) => actor.id));
  const byBody = new Map<string, Map<string, string | null>>(answer.bodies.map((b) => [b.id, new Map()]));
  const rank = new Map(answer.actors.map((actor, i) => [actor.id, i]));
  for (const m of answer.memberships) {
    if (actorIds.has(m.actorId)) byBody.get(m.bodyId)?.set(m.actorId, m.role);
  }
  // Members in the answer's order of actors, whatever the order of the memberships.
  const members = new Map(
    [...byBody].map(([body, roles]) => [
      body,
      new Map([...roles].sort(([a], [b]) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))),
    ]),
  );
  return { bodies: answer.bodies, actors: answer.actors, members };
}

/** The matrix of `bodies` (some or all of the index's): a row for each actor that sits in one of them. */
export function matrixFor(index: MembershipIndex, bodies: readonly Named[], order: RowOrder): BodyMatrix {
  const roles = bodies.map((body) => index.members.get(body.id) ?? new Map<string, string | null>());
  const seated = new Set(roles.flatMap((members) => [...members.keys()]));
  const byId = new Map(index.actors.map((actor) => [actor.id, actor]));
  const actors =
    order === 'name'
      ? index.actors.filter((actor) => seated.has(actor.id))
      : [...new Set(roles.flatMap((members) => [...members.keys()]))].flatMap((id) => byId.get(id) ?? []);
  const rows = actors.map((actor) => ({
    actor,
    cells: roles.map((members): MatrixCell => {
      const role = members.get(actor.id);
      return role === undefined ? NONE : { member: true, role };
    }),
  }));
  return { bodies, rows, memberCounts: roles.map((members) => members.size) };
}

/** The whole matrix, rows and columns in the API's order (by name). */
export function bodyMatrix(answer: Answer): BodyMatrix {
  const index = membershipIndex(answer);
  return matrixFor(index, index.bodies, 'name');
}

/** The role's label in the page's language; the key itself when the vocabulary lacks it; `unstated` for none. */
export function roleLabel(
  role: string | null,
  terms: readonly RoleTerm[],
  lang: UiLanguage,
  unstated: string,
): string {
  if (role === null) return unstated;
  const term = terms.find((candidate) => candidate.key === role);
  if (!term) return role;
  return lang === 'en' ? term.labelEn : term.labelDe;
}
