import { cypherFile } from '../../../db/cypher-file.ts';
import { ACTOR_CLASS_LABELS, isActorClass } from '../../../domain/node-kinds.ts';
import { asInteger } from '../../../db/integer.ts';
import type { AtlasContext } from '../../context.ts';
import { requireIntInRange } from '../../validate-args.ts';
import { commonFilterParams, type CommonFilterArgs } from './model/list-filters.ts';
import { pageParams, toConnection, type PageArgs } from './model/list-page.ts';

const ACTORS = cypherFile('queries/actors');

interface ActorsArgs extends CommonFilterArgs, PageArgs {
  readonly program?: string | null;
  readonly memberOf?: string | null;
  readonly minMemberships?: number | null;
}

/** Query.actors: one page of actors matching every filter, with the total count (one statement). */
export async function actors(_parent: unknown, args: ActorsArgs, ctx: AtlasContext) {
  const page = pageParams(args, ctx);
  const minMemberships =
    args.minMemberships === null || args.minMemberships === undefined
      ? null
      : asInteger(requireIntInRange('minMemberships', args.minMemberships, 0, 1000));
  const rows = await ctx.db.read(ACTORS, {
    ...commonFilterParams(args),
    // A class matches by label too, so an actor counts even when its kind's chain of broader terms is not stored.
    classLabels: (args.kinds ?? []).filter(isActorClass).map((k) => ACTOR_CLASS_LABELS[k]),
    program: args.program ?? null,
    memberOf: args.memberOf ?? null,
    minMemberships,
    ...page.params,
  });
  return toConnection(rows, page.params.order, page.first);
}
