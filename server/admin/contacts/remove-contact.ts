import { auditedWrite } from '../../audit/audited-write.ts';
import { cypherFile } from '../../db/cypher-file.ts';
import { notFound } from '../input-errors.ts';
import type { Writer } from '../writer.ts';
import { contactAudit, toContact } from './contact-record.ts';

const READ_CONTACT = cypherFile('contacts/read-contact');
const REMOVE_CONTACT = cypherFile('contacts/remove-contact');

/** Deletes a contact for good; only its id, actor and consent stay in the audit trail. */
export function removeContact(writer: Writer, contactId: string): Promise<string> {
  return auditedWrite(writer.db, writer.author, async (tx) => {
    const [row] = await tx.run(READ_CONTACT, { contactId });
    if (!row) throw notFound('contact', contactId);
    const before = toContact(row.contact as Record<string, unknown>);
    await tx.run(REMOVE_CONTACT, { contactId });
    return { result: contactId, changes: [contactAudit('CONTACT_REMOVE', before, null)] };
  });
}
