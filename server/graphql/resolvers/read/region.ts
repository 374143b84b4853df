import type { AtlasContext } from '../../context.ts';
import { entityWithLabel } from './load/fetch.ts';

/** Query.region: a region by id; another kind of entity with that id gives null. */
export function region(_parent: unknown, args: { id: string }, ctx: AtlasContext) {
  return entityWithLabel(ctx, args.id, 'Region');
}
