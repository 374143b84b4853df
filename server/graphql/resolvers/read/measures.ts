import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { commonFilterParams, type CommonFilterArgs } from './model/list-filters.ts';
import { pageParams, toConnection, type PageArgs } from './model/list-page.ts';

const MEASURES = cypherFile('queries/measures');

interface MeasuresArgs extends CommonFilterArgs, PageArgs {
  readonly program?: string | null;
  readonly actor?: string | null;
}

/** Query.measures: one page of measures matching every filter, with the total count (one statement). */
export async function measures(_parent: unknown, args: MeasuresArgs, ctx: AtlasContext) {
  const page = pageParams(args, ctx);
  const rows = await ctx.db.read(MEASURES, {
    ...commonFilterParams(args),
    program: args.program ?? null,
    actor: args.actor ?? null,
    ...page.params,
  });
  return toConnection(rows, page.params.order, page.first);
}
