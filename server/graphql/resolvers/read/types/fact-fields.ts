// Field resolvers every fact shares, entity or relationship: its freshness (`status`), its quantities (stored as
// JSON text) and, for actors, programs and measures, all its relationships as Links (`relations`).
import type { AtlasContext } from '../../../context.ts';
import { requireIntInRange } from '../../../validate-args.ts';
import { linkField, requiredTermOf, sourcesOf } from '../load/fetch.ts';
import { relationsSpec, type Direction } from '../load/links.ts';
import type { EntityRecord, PeriodRecord } from '../model/entity-record.ts';
import { anyLink } from '../model/edges.ts';
import { DEFAULT_STALE_AFTER_YEARS, factStatus, todayUtc } from '../model/fact-status.ts';
import { parseQuantities, type QuantityRecord } from '../model/quantity-record.ts';

interface Fact {
  readonly period: PeriodRecord;
  readonly sourceIds: readonly string[];
}

interface StatusArgs {
  readonly at?: string | null;
  readonly staleAfterYears?: number | null;
}

/** `status(at, staleAfterYears)`: the rule of model/fact-status.ts over the fact's period and its sources. */
export async function status(fact: Fact, args: StatusArgs, ctx: AtlasContext) {
  const years = requireIntInRange(
    'staleAfterYears',
    args.staleAfterYears ?? DEFAULT_STALE_AFTER_YEARS,
    0,
    100,
  );
  const sources = await sourcesOf(ctx, fact.sourceIds);
  return factStatus(fact.period, sources, args.at ?? todayUtc(), years);
}

/** `quantities`: the JSON text of the `quantities` property, parsed. */
export function quantities(holder: { readonly quantities?: unknown }): QuantityRecord[] {
  return parseQuantities(holder.quantities);
}

interface RelationsArgs {
  readonly types?: readonly string[] | null;
  readonly direction?: Direction | null;
}

/** `relations(types, direction)`: the links of the node, through the generic links statement. */
export function relations(parent: EntityRecord, args: RelationsArgs, ctx: AtlasContext) {
  const spec = relationsSpec(args.types, args.direction ?? 'BOTH');
  return linkField(spec, (_node, link) => anyLink(link))(parent, args, ctx);
}

export const factFields = { status };

export const quantityTypeResolvers = {
  Quantity: {
    kind: (q: QuantityRecord, _args: unknown, ctx: AtlasContext) =>
      requiredTermOf(ctx, 'quantityKind', q.kind),
  },
};
