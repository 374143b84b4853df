import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { textQuery } from './model/lucene-query.ts';
import { pageParams, toConnection, type PageArgs } from './model/list-page.ts';

const REGIONS = cypherFile('queries/regions');

interface RegionsArgs extends PageArgs {
  readonly level?: string | null;
  readonly country?: 'DE' | 'AT' | null;
  readonly parent?: string | null;
  readonly text?: string | null;
}

/** Query.regions: one page of the region tree, filtered by level, country, parent or name. */
export async function regions(_parent: unknown, args: RegionsArgs, ctx: AtlasContext) {
  const page = pageParams(args, ctx);
  const rows = await ctx.db.read(REGIONS, {
    level: args.level ?? null,
    country: args.country ?? null,
    parent: args.parent ?? null,
    text: textQuery('text', args.text, 'all'),
    ...page.params,
  });
  return toConnection(rows, page.params.order, page.first);
}
