import { createTerm as create } from '../../../admin/create-term.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.createTerm: a term of a controlled vocabulary (import section `terms`). */
export function createTerm(
  _parent: unknown,
  args: { input: Readonly<Record<string, unknown>> },
  ctx: AdminContext,
) {
  return create(writerOf(ctx), args.input);
}
