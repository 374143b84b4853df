// What stops a delete. Two kinds of reason: facts that would be left invalid (a sub-region without its parent, a
// record or relationship citing a deleted source), which no flag overrides; and the relationships and contacts
// attached to the node, which go with it only when the admin says so (`detach: true`), so that a delete never
// removes more than one record by surprise.
import type { RelationshipRecord } from '../domain/atlas-document.ts';
import { relationshipKey } from '../store/relationship-rows.ts';
import { cypherFile } from '../db/cypher-file.ts';
import type { Transaction } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

const DELETE_BLOCKERS = cypherFile('mutations/delete-blockers');

/** How many references an error lists; the count is always complete. */
const LISTED = 50;

export interface Blockers {
  readonly subRegions: readonly string[];
  readonly citingNodes: readonly string[];
  readonly citingLinks: number;
  readonly citingTerms: readonly string[];
  readonly contacts: readonly string[];
}

export async function readBlockers(tx: Transaction, id: string): Promise<Blockers> {
  const [row] = await tx.run(DELETE_BLOCKERS, { id });
  if (!row) throw new Error(`delete-blockers found no node ${id} after locking it`);
  return row as unknown as Blockers;
}

/** Throws CONFLICT with `extensions.references` when the node may not be deleted (now, or without detach). */
export function assertDeletable(
  what: string,
  id: string,
  blockers: Blockers,
  links: readonly RelationshipRecord[],
  detach: boolean,
): void {
  const dangling = [
    ...blockers.subRegions.map((child) => `sub-region ${child}`),
    ...blockers.citingNodes.map((node) => `cited by ${node}`),
    ...blockers.citingTerms.map((term) => `cited by term ${term}`),
    ...(blockers.citingLinks > 0 ? [`cited by ${blockers.citingLinks} relationship(s)`] : []),
  ];
  if (dangling.length > 0) {
    const fix =
      blockers.subRegions.length > 0
        ? 'delete or re-parent its sub-regions first'
        : 'change the sources of what cites it first';
    throw conflict(`The ${what} "${id}" cannot be deleted while other facts depend on it: ${fix}.`, dangling);
  }
  const attached = [
    ...links.map((link) => relationshipKey(link)),
    ...(blockers.contacts.length > 0 ? [`${blockers.contacts.length} contact(s)`] : []),
  ];
  if (attached.length > 0 && !detach) {
    throw conflict(
      `The ${what} "${id}" has ${links.length} relationship(s) and ${blockers.contacts.length} contact(s): ` +
        'pass detach: true to delete them with it.',
      attached,
    );
  }
}

function conflict(message: string, references: readonly string[]): AppError {
  return new AppError(ErrorCode.CONFLICT, message, {
    references: references.slice(0, LISTED),
    referenceCount: references.length,
  });
}
