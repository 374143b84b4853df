import type { AtlasContext } from '../../context.ts';
import { entityWithLabel } from './load/fetch.ts';

/** Query.measure: a measure by id; another kind of entity with that id gives null. */
export function measure(_parent: unknown, args: { id: string }, ctx: AtlasContext) {
  return entityWithLabel(ctx, args.id, 'Measure');
}
