import { randomUUID } from 'node:crypto';
import { auditedWrite } from '../../audit/audited-write.ts';
import { cypherFile } from '../../db/cypher-file.ts';
import { notFound } from '../input-errors.ts';
import type { Writer } from '../writer.ts';
import { checkContact, contactProps } from './contact-input.ts';
import { contactAudit, toContact, type Contact } from './contact-record.ts';

const ADD_CONTACT = cypherFile('contacts/add-contact');

export async function addContact(
  writer: Writer,
  actorId: string,
  input: Readonly<Record<string, unknown>>,
): Promise<Contact> {
  const fields = checkContact(input);
  // Generated outside the transaction, so a retried transaction creates the same contact.
  const contactId = `contact-${randomUUID()}`;
  return auditedWrite(writer.db, writer.author, async (tx) => {
    const [row] = await tx.run(ADD_CONTACT, {
      actorId,
      contactId,
      props: contactProps(fields),
      consentDate: fields.consentDate,
    });
    if (!row) throw notFound('Actor', actorId);
    const contact = toContact(row.contact as Record<string, unknown>);
    const filled = Object.keys(contactProps(fields));
    return { result: contact, changes: [contactAudit('CONTACT_ADD', null, contact, { fields: filled })] };
  });
}
