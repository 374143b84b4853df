import { removeContact as remove } from '../../../admin/contacts/remove-contact.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.removeContact */
export function removeContact(_parent: unknown, args: { id: string }, ctx: AdminContext) {
  return remove(writerOf(ctx), args.id);
}
