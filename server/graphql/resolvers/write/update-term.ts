import { updateTerm as update } from '../../../admin/update-term.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.updateTerm */
export function updateTerm(
  _parent: unknown,
  args: { vocabulary: string; key: string; input: Readonly<Record<string, unknown>> },
  ctx: AdminContext,
) {
  return update(writerOf(ctx), args.vocabulary, args.key, args.input);
}
