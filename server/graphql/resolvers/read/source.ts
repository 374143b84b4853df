import type { AtlasContext } from '../../context.ts';
import { entityWithLabel } from './load/fetch.ts';

/** Query.source: a source by id; another kind of entity with that id gives null. */
export function source(_parent: unknown, args: { id: string }, ctx: AtlasContext) {
  return entityWithLabel(ctx, args.id, 'Source');
}
