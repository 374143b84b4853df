// The create, update and delete resolvers of the node kinds differ only in their kind, so each mutation's file
// (create-actor.ts, …) makes its resolver here. Terms, keyed by vocabulary and key, have their own.
import { createEntity } from '../../../admin/create-entity.ts';
import { deleteEntity } from '../../../admin/delete-entity.ts';
import type { EntityKind } from '../../../audit/record-kinds.ts';
import { updateEntity } from '../../../admin/update-entity.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

type Fields = Readonly<Record<string, unknown>>;

export function createResolver(kind: EntityKind) {
  return (_parent: unknown, args: { input: Fields; allowDuplicates?: boolean }, ctx: AdminContext) =>
    createEntity(writerOf(ctx), kind, args.input, { allowDuplicates: args.allowDuplicates ?? false });
}

export function updateResolver(kind: EntityKind) {
  return (
    _parent: unknown,
    args: { id: string; input: Fields; allowDuplicates?: boolean },
    ctx: AdminContext,
  ) =>
    updateEntity(writerOf(ctx), kind, args.id, args.input, {
      allowDuplicates: args.allowDuplicates ?? false,
    });
}

export function deleteResolver(kind: EntityKind) {
  return (_parent: unknown, args: { id: string; detach?: boolean }, ctx: AdminContext) =>
    deleteEntity(writerOf(ctx), kind, args.id, args.detach ?? false);
}
