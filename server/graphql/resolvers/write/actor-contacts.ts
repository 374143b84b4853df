import { actorContacts as read } from '../../../admin/contacts/actor-contacts.ts';
import type { AdminContext } from './admin-only.ts';

/** Query.actorContacts (admins only). */
export function actorContacts(_parent: unknown, args: { actorId: string }, ctx: AdminContext) {
  return read(ctx.db, args.actorId);
}
