import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { pageParams, toConnection, type PageArgs } from './model/list-page.ts';

const SOURCES = cypherFile('queries/sources');

/** Query.sources: one page of the sources the facts cite. */
export async function sources(_parent: unknown, args: PageArgs, ctx: AtlasContext) {
  const page = pageParams(args, ctx);
  const rows = await ctx.db.read(SOURCES, page.params);
  return toConnection(rows, page.params.order, page.first);
}
