// Query.coverage, Query.compare, Query.kreisCoverage and their types: validate, take the result from the analysis
// cache (computed by server/analysis/coverage), and resolve ids to nodes through the request's loaders. The gaps of
// a matrix cost one more statement, run only when `gaps` is selected. kreisCoverage answers for a Land or a whole
// country (`de`) alike: one statement, keyed in the cache by the region asked for.
import { analysisCache } from '../../../../analysis/analysis-cache.ts';
import {
  findGaps,
  type CoverageGap,
  type Named,
  type NearbyOffer,
} from '../../../../analysis/coverage/gaps.ts';
import {
  kreisCoverage as countKreise,
  UnknownVocabularyId,
} from '../../../../analysis/coverage/kreis-coverage.ts';
import type { KreisCount } from '../../../../analysis/coverage/kreis-coverage.ts';
import type { CoverageCell, CoverageMatrix } from '../../../../analysis/coverage/matrix.ts';
import { optionsKey, type CoverageOptions } from '../../../../analysis/coverage/options.ts';
import { regionCoverage } from '../../../../analysis/coverage/region-coverage.ts';
import { AppError } from '../../../../errors/app-error.ts';
import type { RegionLevel } from '../../../../domain/vocabulary.ts';
import { ErrorCode } from '../../../../errors/error-codes.ts';
import type { AtlasContext } from '../../../context.ts';
import { entityWithLabel } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import { todayUtc } from '../model/fact-status.ts';
import { byName } from '../../../../analysis/by-name.ts';

const MIN_COMPARE = 2;
/** The levels of the regions kreisCoverage lists the Kreise of: a country (`de`: all of Germany) and those between. */
const HOLDS_KREISE: ReadonlySet<string> = new Set<RegionLevel>(['state', 'land', 'regierungsbezirk']);
const MAX_COMPARE = 10;

interface SwitchArgs {
  readonly at?: string | null;
  readonly statedOnly: boolean;
  readonly fromAbove: boolean;
  readonly rollUp: boolean;
}

interface MatrixArgs extends SwitchArgs {
  readonly dedupeParts: boolean;
}

/** A matrix as the types below receive it: with the switches it was computed with, for its gaps. */
interface MatrixResult extends CoverageMatrix {
  readonly options: CoverageOptions;
}

function optionsOf(args: MatrixArgs): CoverageOptions {
  return {
    at: args.at ?? todayUtc(),
    statedOnly: args.statedOnly,
    fromAbove: args.fromAbove,
    rollUp: args.rollUp,
    dedupeParts: args.dedupeParts,
  };
}

function notFound(argument: string, what: string, ids: readonly string[]): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No ${what} with id ${ids.join(', ')}.`, { argument, ids });
}

async function matrices(ctx: AtlasContext, ids: readonly string[], argument: string, args: MatrixArgs) {
  const options = optionsOf(args);
  const key = `coverage\u0000${JSON.stringify(ids)}\u0000${optionsKey(options)}`;
  const found = await analysisCache.get(ctx.db, key, () => regionCoverage(ctx.db, ids, options));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw notFound(argument, 'region', missing);
  return ids.map((id): MatrixResult => ({ ...(found.get(id) as CoverageMatrix), options }));
}

async function nodes(ctx: AtlasContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await loaders(ctx).nodes.loadMany(ids);
  return found.filter((n): n is EntityRecord => n !== null);
}

const node = (ctx: AtlasContext, id: string) => loaders(ctx).nodes.load(id);

export async function coverage(
  _parent: unknown,
  args: MatrixArgs & { readonly region: string },
  ctx: AtlasContext,
) {
  const [matrix] = await matrices(ctx, [args.region], 'region', args);
  return matrix;
}

export function compare(
  _parent: unknown,
  args: MatrixArgs & { readonly regions: readonly string[] },
  ctx: AtlasContext,
) {
  const ids = [...new Set(args.regions)];
  if (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Argument "regions" must name ${MIN_COMPARE} to ${MAX_COMPARE} distinct regions.`,
      { argument: 'regions' },
    );
  }
  return matrices(ctx, ids, 'regions', args);
}

export async function kreisCoverage(
  _parent: unknown,
  args: SwitchArgs & {
    readonly land: string;
    readonly topic?: string | null;
    readonly targetGroup?: string | null;
  },
  ctx: AtlasContext,
): Promise<KreisCount[]> {
  const land = await entityWithLabel(ctx, args.land, 'Region');
  if (land === null) throw notFound('land', 'region', [args.land]);
  if (!HOLDS_KREISE.has(String(land.level))) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Argument "land" must name a country, Land or Regierungsbezirk; ${args.land} is a ${String(land.level)}.`,
      { argument: 'land' },
    );
  }
  const options = {
    at: args.at ?? todayUtc(),
    statedOnly: args.statedOnly,
    fromAbove: args.fromAbove,
    rollUp: args.rollUp,
  };
  const cell = { topicId: args.topic ?? null, targetGroupId: args.targetGroup ?? null };
  const key = `kreise\u0000${JSON.stringify([args.land, cell.topicId, cell.targetGroupId])}\u0000${optionsKey({ ...options, dedupeParts: false })}`;
  try {
    return await analysisCache.get(ctx.db, key, () => countKreise(ctx.db, args.land, cell, options));
  } catch (error) {
    if (error instanceof UnknownVocabularyId)
      throw notFound(error.argument, error.argument === 'topic' ? 'topic' : 'target group', [error.id]);
    throw error;
  }
}

export const coverageResolvers = {
  Query: { coverage, compare, kreisCoverage },
  CoverageMatrix: {
    region: (m: MatrixResult, _args: unknown, ctx: AtlasContext) => node(ctx, m.regionId),
    at: (m: MatrixResult) => m.options.at,
    count: (m: MatrixResult) => m.offers.length,
    full: (m: MatrixResult) => m.offers.filter((o) => o.coverage === 'FULL').length,
    partial: (m: MatrixResult) => m.offers.filter((o) => o.coverage === 'PARTIAL').length,
    topics: (m: MatrixResult, _args: unknown, ctx: AtlasContext) => nodes(ctx, m.topicIds),
    targetGroups: (m: MatrixResult, _args: unknown, ctx: AtlasContext) => nodes(ctx, m.targetGroupIds),
    initiatives: async (m: MatrixResult, _args: unknown, ctx: AtlasContext) =>
      (
        await nodes(
          ctx,
          m.offers.map((o) => o.id),
        )
      ).sort(byName),
    gaps: (m: MatrixResult, _args: unknown, ctx: AtlasContext) =>
      analysisCache.get(ctx.db, `coverage-gaps\u0000${m.regionId}\u0000${optionsKey(m.options)}`, () =>
        findGaps(ctx.db, m, m.options),
      ),
  },
  CoverageCell: {
    topic: (c: CoverageCell, _args: unknown, ctx: AtlasContext) => node(ctx, c.topicId),
    targetGroup: (c: CoverageCell, _args: unknown, ctx: AtlasContext) => node(ctx, c.targetGroupId),
    gap: (c: CoverageCell) => c.count === 0,
  },
  CoverageGap: {
    topic: (g: CoverageGap, _args: unknown, ctx: AtlasContext) => node(ctx, g.topicId),
    targetGroup: (g: CoverageGap, _args: unknown, ctx: AtlasContext) => node(ctx, g.targetGroupId),
  },
  NearbyOffer: {
    region: (n: NearbyOffer, _args: unknown, ctx: AtlasContext) => node(ctx, n.regionId),
  },
  GapProgram: {
    program: (p: Named, _args: unknown, ctx: AtlasContext) => node(ctx, p.id),
  },
  GapFunder: {
    funder: (f: Named, _args: unknown, ctx: AtlasContext) => node(ctx, f.id),
  },
  KreisCoverage: {
    region: (k: KreisCount, _args: unknown, ctx: AtlasContext) => node(ctx, k.regionId),
  },
};
