import type { AtlasContext } from '../../context.ts';
import { entityWithLabel } from './load/fetch.ts';

/** Query.targetGroup: a target group by id; another kind of entity with that id gives null. */
export function targetGroup(_parent: unknown, args: { id: string }, ctx: AtlasContext) {
  return entityWithLabel(ctx, args.id, 'TargetGroup');
}
