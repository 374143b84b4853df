import type { RecordKind } from '../audit/record-kinds.ts';

export type ChangeStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DELETED';

/** The GraphQL RecordChange: what a create, update or delete did to one record. */
export interface RecordChange {
  readonly kind: RecordKind;
  readonly id: string;
  readonly status: ChangeStatus;
  /** JSON in the import format. */
  readonly record: string;
  readonly linksRemoved: number;
  readonly contactsRemoved: number;
}

export function recordChange(
  kind: RecordKind,
  id: string,
  status: ChangeStatus,
  record: unknown,
  removed: { links: number; contacts: number } = { links: 0, contacts: 0 },
): RecordChange {
  return {
    kind,
    id,
    status,
    record: JSON.stringify(record),
    linksRemoved: removed.links,
    contactsRemoved: removed.contacts,
  };
}

/** How a term is named where one id is expected (audit trail, RecordChange.id). */
export function termId(vocabulary: string, key: string): string {
  return `${vocabulary}:${key}`;
}
