import { addContact as add } from '../../../admin/contacts/add-contact.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.addContact */
export function addContact(
  _parent: unknown,
  args: { actorId: string; input: Readonly<Record<string, unknown>> },
  ctx: AdminContext,
) {
  return add(writerOf(ctx), args.actorId, args.input);
}
