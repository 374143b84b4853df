// Field resolvers of Region: its level as a term, the hierarchy, and what is placed in it.
import type { AtlasContext } from '../../../context.ts';
import { linkField, linkedNodes, requiredTermOf } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import { LINKS } from '../load/links.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import { placement } from '../model/edges.ts';
import { flag, sourcedFields } from './shared-fields.ts';

export const regionTypeResolvers = {
  Region: {
    ...sourcedFields,
    level: (region: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      requiredTermOf(ctx, 'regionLevel', region.level),
    unnamed: flag('unnamed'),
    parent: async (region: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      (await loaders(ctx).links(LINKS.regionParent).load(region.id))[0]?.other ?? null,
    children: linkedNodes(LINKS.regionChildren),
    ancestors: (region: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      loaders(ctx).regionAncestors.load(region.id),
    actors: linkField(LINKS.actorsPlaced, (region, link) => placement(link.other, region, link)),
    programs: linkField(LINKS.programsPlaced, (region, link) => placement(link.other, region, link)),
    measures: linkField(LINKS.measuresPlaced, (region, link) => placement(link.other, region, link)),
    offers: (region: EntityRecord, args: OffersArgs, ctx: AtlasContext) =>
      loaders(ctx)
        .regionOffers({
          activeAt: args.activeAt ?? null,
          statedOnly: args.statedOnly ?? false,
          fromAbove: args.fromAbove ?? true,
        })
        .load(region.id),
  },
};

interface OffersArgs {
  readonly activeAt?: string | null;
  readonly statedOnly?: boolean | null;
  readonly fromAbove?: boolean | null;
}
