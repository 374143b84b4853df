import { cypherFile } from '../../db/cypher-file.ts';
import type { Database } from '../../db/database.ts';
import { notFound } from '../input-errors.ts';
import { toContact, type Contact } from './contact-record.ts';

const ACTOR_CONTACTS = cypherFile('contacts/actor-contacts');

/** An actor's contacts by name, in a read transaction; NOT_FOUND for an unknown actor. */
export async function actorContacts(db: Database, actorId: string): Promise<Contact[]> {
  const [row] = await db.read(ACTOR_CONTACTS, { actorId });
  if (!row?.actorFound) throw notFound('Actor', actorId);
  return (row.contacts as Record<string, unknown>[]).map(toContact);
}
