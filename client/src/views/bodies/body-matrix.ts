// The bodies × actors matrix from the API's answer: columns are the bodies, rows the actors that sit in one, each
// cell the membership (with its role) or none. Pure, so it is tested without a browser.
import type { BodyMatrixQuery } from '../../api/generated/operations.ts';
import type { UiLanguage } from '../../app/url-state.ts';

type Answer = BodyMatrixQuery['bodyMemberships'];
type RoleTerm = { readonly key: string; readonly labelDe: string; readonly labelEn: string };

interface Named {
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

const NONE: MatrixCell = { member: false };

/** Rows and columns keep the API's order (by name); a membership naming an unknown body or actor is left out. */
export function bodyMatrix(answer: Answer): BodyMatrix {
  const roles = new Map<string, string | null>();
  for (const m of answer.memberships) roles.set(`${m.bodyId}\u0000${m.actorId}`, m.role);
  const rows = answer.actors.map((actor) => ({
    actor,
    cells: answer.bodies.map((body): MatrixCell => {
      const key = `${body.id}\u0000${actor.id}`;
      return roles.has(key) ? { member: true, role: roles.get(key) ?? null } : NONE;
    }),
  }));
  const memberCounts = answer.bodies.map(
    (_, column) => rows.filter((row) => row.cells[column]?.member).length,
  );
  return { bodies: answer.bodies, rows, memberCounts };
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
