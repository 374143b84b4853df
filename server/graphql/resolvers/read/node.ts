import type { AtlasContext } from '../../context.ts';
import { loaders } from './load/loaders.ts';

/** Query.node: any readable entity by id (batched with every other lookup of the request). */
export function node(_parent: unknown, args: { id: string }, ctx: AtlasContext) {
  return loaders(ctx).nodes.load(args.id);
}
