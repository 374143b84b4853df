import { linkKey } from '../../../admin/links/link-records.ts';
import { updateLink as update } from '../../../admin/links/update-link.ts';
import type { RelationshipType } from '../../../domain/relationship-types.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.updateLink */
export function updateLink(
  _parent: unknown,
  args: {
    link: { type: RelationshipType; from: string; to: string; kind?: string | null };
    input: Readonly<Record<string, unknown>>;
  },
  ctx: AdminContext,
) {
  return update(writerOf(ctx), linkKey(args.link), args.input);
}
