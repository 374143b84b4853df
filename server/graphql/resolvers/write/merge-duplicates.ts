import { mergeDuplicates as merge } from '../../../admin/merge-duplicates.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.mergeDuplicates */
export function mergeDuplicates(_parent: unknown, args: { keep: string; drop: string }, ctx: AdminContext) {
  return merge(writerOf(ctx), args.keep, args.drop);
}
