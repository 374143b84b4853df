import { link as create } from '../../../admin/links/link.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.link */
export function link(
  _parent: unknown,
  args: { input: Readonly<Record<string, unknown>> },
  ctx: AdminContext,
) {
  return create(writerOf(ctx), args.input);
}
