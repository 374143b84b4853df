import type { AtlasContext } from '../../context.ts';
import { entityWithLabel } from './load/fetch.ts';

/** Query.topic: a topic by id; another kind of entity with that id gives null. */
export function topic(_parent: unknown, args: { id: string }, ctx: AtlasContext) {
  return entityWithLabel(ctx, args.id, 'Topic');
}
