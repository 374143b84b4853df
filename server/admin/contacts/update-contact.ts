import { auditedWrite } from '../../audit/audited-write.ts';
import { cypherFile } from '../../db/cypher-file.ts';
import { notFound } from '../input-errors.ts';
import type { Writer } from '../writer.ts';
import { checkContact, contactProps } from './contact-input.ts';
import { contactAudit, toContact, type Contact } from './contact-record.ts';

const READ_CONTACT = cypherFile('contacts/read-contact');
const UPDATE_CONTACT = cypherFile('contacts/update-contact');

const FIELDS = ['name', 'role', 'email', 'phone', 'consentGiven', 'consentDate', 'note'] as const;

/** Changes the given fields (absent keep, null clears); the audit entry names the changed fields, not their values. */
export function updateContact(
  writer: Writer,
  contactId: string,
  patch: Readonly<Record<string, unknown>>,
): Promise<Contact> {
  return auditedWrite(writer.db, writer.author, async (tx) => {
    const [row] = await tx.run(READ_CONTACT, { contactId });
    if (!row) throw notFound('contact', contactId);
    const before = toContact(row.contact as Record<string, unknown>);
    const merged = { ...Object.fromEntries(FIELDS.map((f) => [f, before[f]])), ...patch };
    // Pure validation inside the transaction: the patch applies to the contact as locked, and a refusal rolls back.
    const fields = checkContact(merged);
    const changed = FIELDS.filter((f) => fields[f] !== before[f]);
    if (changed.length === 0) return { result: before, changes: [] };
    const [updated] = await tx.run(UPDATE_CONTACT, {
      contactId,
      props: contactProps(fields),
      consentDate: fields.consentDate,
    });
    const after = toContact(updated!.contact as Record<string, unknown>);
    return {
      result: after,
      changes: [contactAudit('CONTACT_UPDATE', before, after, { changedFields: changed })],
    };
  });
}
