// The audit trail's vocabulary: what an admin write reports about itself, and what a reader gets back.
import type { EntityLabel } from '../domain/node-kinds.ts';

export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'LINK',
  'UPDATE_LINK',
  'UNLINK',
  'MERGE',
  'IMPORT',
  'CONTACT_ADD',
  'CONTACT_UPDATE',
  'CONTACT_REMOVE',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry is about: an entity (by its label), a term, a relationship, a contact, or an import. */
export type AuditTargetKind = EntityLabel | 'Term' | 'Relationship' | 'Contact' | 'Import';

/** Who writes: the admin token's name, and the request (entries of one request share its id). */
export interface AuditAuthor {
  readonly changedBy: string;
  readonly requestId: string;
}

/** One change as the admin code describes it. Records are stored as JSON in the import format. */
export interface AuditChange {
  readonly action: AuditAction;
  readonly targetKind: AuditTargetKind;
  /** Null only for an import's summary entry. */
  readonly targetId: string | null;
  /** Every id the change is about; Query.auditTrail(targetId) filters on these. */
  readonly subjectIds: readonly string[];
  /** Null when the change created the target. */
  readonly before: unknown;
  /** Null when the change deleted the target. */
  readonly after: unknown;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** An entry as stored and read back (before/after/detail still JSON text). */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly changedBy: string;
  readonly requestId: string;
  readonly action: AuditAction;
  readonly targetKind: AuditTargetKind;
  readonly targetId: string | null;
  readonly subjectIds: readonly string[];
  readonly before: string | null;
  readonly after: string | null;
  readonly detail: string | null;
}
