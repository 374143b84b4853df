import { deleteTerm as remove } from '../../../admin/delete-term.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.deleteTerm */
export function deleteTerm(_parent: unknown, args: { vocabulary: string; key: string }, ctx: AdminContext) {
  return remove(writerOf(ctx), args.vocabulary, args.key);
}
