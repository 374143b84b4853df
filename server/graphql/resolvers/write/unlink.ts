import { linkKey } from '../../../admin/links/link-records.ts';
import { unlink as remove } from '../../../admin/links/unlink.ts';
import type { RelationshipType } from '../../../domain/relationship-types.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.unlink */
export function unlink(
  _parent: unknown,
  args: { link: { type: RelationshipType; from: string; to: string; kind?: string | null } },
  ctx: AdminContext,
) {
  return remove(writerOf(ctx), linkKey(args.link));
}
