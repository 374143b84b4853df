import { updateContact as update } from '../../../admin/contacts/update-contact.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.updateContact */
export function updateContact(
  _parent: unknown,
  args: { id: string; input: Readonly<Record<string, unknown>> },
  ctx: AdminContext,
) {
  return update(writerOf(ctx), args.id, args.input);
}
