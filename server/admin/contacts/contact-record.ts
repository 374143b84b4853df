// Contacts as the API returns them, and the only view of a contact the audit trail may keep.
import type { Row } from '../../db/database.ts';
import type { AuditChange } from '../../audit/audit-entry.ts';
import { isoInstant } from '../iso-instant.ts';

/** The GraphQL ActorContact. */
export interface Contact {
  readonly id: string;
  readonly actorId: string;
  readonly name: string;
  readonly role: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly consentGiven: boolean;
  readonly consentDate: string;
  readonly note: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A stored contact (`c {.*, actorId}`) as the API shows it. */
export function toContact(stored: Row): Contact {
  const text = (key: string) => (typeof stored[key] === 'string' ? stored[key] : null);
  return {
    id: String(stored.contactId),
    actorId: String(stored.actorId),
    name: String(stored.name),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    consentGiven: stored.consentGiven === true,
    consentDate: String(stored.consentDate),
    note: text('note'),
    createdAt: isoInstant(String(stored.createdAt)),
    updatedAt: isoInstant(String(stored.updatedAt)),
  };
}

/**
 * What the audit trail keeps of a contact: ids and consent, never name, email or phone. The trail is never
 * cleaned up, and personal data must go when the contact is removed (or consent withdrawn).
 */
export function auditView(contact: Contact): Record<string, unknown> {
  return {
    id: contact.id,
    actorId: contact.actorId,
    consentGiven: contact.consentGiven,
    consentDate: contact.consentDate,
  };
}

export function contactAudit(
  action: 'CONTACT_ADD' | 'CONTACT_UPDATE' | 'CONTACT_REMOVE',
  before: Contact | null,
  after: Contact | null,
  detail?: Record<string, unknown>,
): AuditChange {
  const contact = after ?? before;
  if (!contact) throw new Error('a contact change needs a before or an after');
  return {
    action,
    targetKind: 'Contact',
    targetId: contact.id,
    subjectIds: [contact.actorId, contact.id],
    before: before && auditView(before),
    after: after && auditView(after),
    ...(detail && { detail }),
  };
}
