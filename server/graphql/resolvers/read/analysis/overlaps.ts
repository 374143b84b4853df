// Query.overlaps and its types: validate, take the ranked findings from the analysis cache (computed by
// server/analysis/overlaps), cut them to the request, and resolve ids to nodes through the request's loaders.
import { analysisCache } from '../../../../analysis/analysis-cache.ts';
import { findOverlaps } from '../../../../analysis/overlaps/find-overlaps.ts';
import type { OverlapFinding } from '../../../../analysis/overlaps/finding.ts';
import type { Tie } from '../../../../analysis/overlaps/provider-ties.ts';
import { cutOverlaps } from '../../../../analysis/overlaps/rank-overlaps.ts';
import { reasonsOf, type ReasonNames } from '../../../../analysis/overlaps/reasons.ts';
import type { TermMatch } from '../../../../analysis/overlaps/term-match.ts';
import type { Language } from '../../../../domain/vocabulary.ts';
import { AppError } from '../../../../errors/app-error.ts';
import { ErrorCode } from '../../../../errors/error-codes.ts';
import type { AtlasContext } from '../../../context.ts';
import { requireIntInRange } from '../../../validate-args.ts';
import { termOf } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import { factStatus, todayUtc } from '../model/fact-status.ts';
import type { EntityRecord } from '../model/entity-record.ts';

const MAX_FIRST = 200;

interface OverlapArgs {
  readonly region?: string | null;
  readonly at?: string | null;
  readonly statedOnly: boolean;
  readonly minScore: number;
  readonly includeCoordinated: boolean;
  readonly first: number;
}

async function nodes(ctx: AtlasContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await loaders(ctx).nodes.loadMany(ids);
  return found.filter((n): n is EntityRecord => n !== null);
}

const node = (ctx: AtlasContext, id: string | null) => (id === null ? null : loaders(ctx).nodes.load(id));

/**
 * The ranked list is cached without the cut (minScore, includeCoordinated, first), which only slices it: every
 * argument that changes the list — region, day, statedOnly — is in the key.
 */
export async function overlaps(_parent: unknown, args: OverlapArgs, ctx: AtlasContext) {
  const first = requireIntInRange('first', args.first, 1, MAX_FIRST);
  if (!(args.minScore >= 0 && args.minScore <= 1)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Argument "minScore" must be from 0 to 1.', {
      argument: 'minScore',
    });
  }
  const region = args.region ?? null;
  const at = args.at ?? todayUtc();
  const key = JSON.stringify(['overlaps', region, at, args.statedOnly]);
  const ranked = await analysisCache.get(ctx.db, key, () =>
    findOverlaps(ctx.db, {
      region,
      at,
      statedOnly: args.statedOnly,
      isStale: (m) =>
        factStatus(
          m,
          m.sources.map((s) => ({ ...s })),
          at,
        ) === 'STALE',
    }),
  );
  if (ranked === null) {
    throw new AppError(ErrorCode.NOT_FOUND, `No region with id ${region}.`, { argument: 'region' });
  }
  const cut = { minScore: args.minScore, includeCoordinated: args.includeCoordinated, first };
  return cutOverlaps(ranked.findings, cut).map((finding) => ({ ...finding, names: ranked.names }));
}

type Ctx = AtlasContext;
type Served = OverlapFinding & { readonly names: ReasonNames };

export const overlapResolvers = {
  Query: { overlaps },
  Overlap: {
    measures: (f: OverlapFinding, _a: unknown, ctx: Ctx) => nodes(ctx, f.measures),
    sharedTopics: (f: OverlapFinding) => f.sharedTopics,
    sharedTargetGroups: (f: OverlapFinding) => f.sharedTargetGroups,
    untiedProviders: (f: OverlapFinding) => f.untied,
    reasons: (f: Served, args: { readonly language: Language }) => reasonsOf(f, f.names, args.language),
  },
  OverlapTopic: {
    topic: (m: TermMatch, _a: unknown, ctx: Ctx) => node(ctx, m.first),
    otherTopic: (m: TermMatch, _a: unknown, ctx: Ctx) => node(ctx, m.second),
  },
  OverlapTargetGroup: {
    targetGroup: (m: TermMatch, _a: unknown, ctx: Ctx) => node(ctx, m.first),
    otherTargetGroup: (m: TermMatch, _a: unknown, ctx: Ctx) => node(ctx, m.second),
  },
  OverlapReach: {
    kind: (r: OverlapFinding['reach']) => r.relation,
    region: (r: OverlapFinding['reach'], _a: unknown, ctx: Ctx) => node(ctx, r.region),
    firstRegion: (r: OverlapFinding['reach'], _a: unknown, ctx: Ctx) => node(ctx, r.first.region),
    firstReach: (r: OverlapFinding['reach']) => r.first.reach,
    secondRegion: (r: OverlapFinding['reach'], _a: unknown, ctx: Ctx) => node(ctx, r.second.region),
    secondReach: (r: OverlapFinding['reach']) => r.second.reach,
  },
  OverlapPeriod: {
    stale: (p: OverlapFinding['period'], _a: unknown, ctx: Ctx) => nodes(ctx, p.stale),
  },
  OverlapProvider: {
    measure: (p: OverlapFinding['providers'][number], _a: unknown, ctx: Ctx) => node(ctx, p.measure),
    actor: (p: OverlapFinding['providers'][number], _a: unknown, ctx: Ctx) => node(ctx, p.actor),
  },
  OverlapTie: {
    first: (t: Tie, _a: unknown, ctx: Ctx) => node(ctx, t.first),
    second: (t: Tie, _a: unknown, ctx: Ctx) => node(ctx, t.second),
    via: (t: Tie, _a: unknown, ctx: Ctx) => node(ctx, t.via),
    cooperationKind: (t: Tie, _a: unknown, ctx: Ctx) => termOf(ctx, 'cooperationKind', t.cooperationKind),
  },
  OverlapProviderPair: {
    first: (p: { first: string }, _a: unknown, ctx: Ctx) => node(ctx, p.first),
    second: (p: { second: string }, _a: unknown, ctx: Ctx) => node(ctx, p.second),
  },
};
