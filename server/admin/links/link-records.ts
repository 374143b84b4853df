// Naming and finding one relationship. A relationship is identified as the importer identifies it
// (relationshipKey): type and ends, and for the mutual COOPERATES_WITH also its kind, in either direction.
import type { RelationshipRecord } from '../../domain/atlas-document.ts';
import type { RelationshipType } from '../../domain/relationship-types.ts';
import { isMutual, relationshipKey } from '../../store/relationship-rows.ts';
import type { AuditAction, AuditChange } from '../../audit/audit-entry.ts';
import { cypherFile } from '../../db/cypher-file.ts';
import type { Transaction } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { ErrorCode } from '../../errors/error-codes.ts';
import type { ChangeStatus } from '../record-change.ts';

const UNLINK = cypherFile('mutations/unlink');

export interface LinkKey {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly kind: string | null;
}

/** The GraphQL LinkChange. */
export interface LinkChange extends LinkKey {
  readonly status: ChangeStatus;
  readonly record: string;
}

/** A key from the API: a mutual type needs its kind (a pair may cooperate in several ways), others take none. */
export function linkKey(input: {
  type: RelationshipType;
  from: string;
  to: string;
  kind?: string | null;
}): LinkKey {
  const kind = input.kind ?? null;
  if (isMutual(input.type) && kind === null) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `A ${input.type} relationship is named by its kind too: pass kind.`,
      {
        argument: 'kind',
      },
    );
  }
  return { type: input.type, from: input.from, to: input.to, kind: isMutual(input.type) ? kind : null };
}

export function findLink(links: readonly RelationshipRecord[], key: LinkKey): RelationshipRecord | undefined {
  const wanted = relationshipKey(key);
  return links.find((link) => relationshipKey(link) === wanted);
}

export function describeLink(key: LinkKey): string {
  return relationshipKey(key);
}

export function linkChange(record: RelationshipRecord, status: ChangeStatus): LinkChange {
  return {
    type: record.type,
    from: record.from,
    to: record.to,
    kind: record.kind,
    status,
    record: JSON.stringify(record),
  };
}

export function linkAudit(
  action: AuditAction,
  before: RelationshipRecord | null,
  after: RelationshipRecord | null,
): AuditChange {
  const record = after ?? before;
  if (!record) throw new Error('a link change needs a before or an after');
  return {
    action,
    targetKind: 'Relationship',
    targetId: relationshipKey(record),
    subjectIds: [record.from, record.to],
    before,
    after,
  };
}

/** Deletes the stored relationship the record describes (as read, so in its stored direction). */
export async function deleteLink(tx: Transaction, record: RelationshipRecord): Promise<void> {
  const mutual = isMutual(record.type);
  await tx.run(UNLINK, {
    type: record.type,
    from: record.from,
    to: record.to,
    kind: mutual ? record.kind : null,
    mutual,
  });
}

export function linkNotFound(key: LinkKey): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No relationship ${describeLink(key)}.`, {
    link: describeLink(key),
  });
}

export function linkExists(key: LinkKey): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    `The relationship ${describeLink(key)} exists already: change it with updateLink.`,
    { link: describeLink(key) },
  );
}
