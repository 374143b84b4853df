import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { commonFilterParams, type CommonFilterArgs } from './model/list-filters.ts';
import { pageParams, toConnection, type PageArgs } from './model/list-page.ts';

const PROGRAMS = cypherFile('queries/programs');

interface ProgramsArgs extends CommonFilterArgs, PageArgs {
  readonly partOf?: string | null;
  readonly actor?: string | null;
}

/** Query.programs: one page of programs matching every filter, with the total count (one statement). */
export async function programs(_parent: unknown, args: ProgramsArgs, ctx: AtlasContext) {
  const page = pageParams(args, ctx);
  const rows = await ctx.db.read(PROGRAMS, {
    ...commonFilterParams(args),
    partOf: args.partOf ?? null,
    actor: args.actor ?? null,
    ...page.params,
  });
  return toConnection(rows, page.params.order, page.first);
}
