// Query.networkStructure, suggestedPartners, bodyGaps and bodyMemberships: validate, ask the cached analysis
// (server/analysis/network), slice and map. The computations and their definitions live there.
import { byName } from '../../../../analysis/by-name.ts';
import type { NetworkActor } from '../../../../analysis/network/actor-network.ts';
import type { BodyGap } from '../../../../analysis/network/body-gaps.ts';
import type { Scope } from '../../../../analysis/network/load-network-data.ts';
import {
  analyseBodies,
  analyseBodyGaps,
  analyseNetworkStructure,
  analyseSuggestedPartners,
} from '../../../../analysis/network/network-analysis.ts';
import type { BetweennessScore, NetworkStructure } from '../../../../analysis/network/network-structure.ts';
import {
  bodyGapReason,
  labelOf,
  partnerReason,
  type KindLabels,
  type PartnerView,
} from '../../../../analysis/network/reasons.ts';
import type { Named, SuggestedPartners } from '../../../../analysis/network/suggested-partners.ts';
import { normaliseTieKinds, type TieKind } from '../../../../analysis/network/tie-kinds.ts';
import type { Language } from '../../../../domain/vocabulary.ts';
import { AppError } from '../../../../errors/app-error.ts';
import { ErrorCode } from '../../../../errors/error-codes.ts';
import type { AtlasContext } from '../../../context.ts';
import { requireIntInRange } from '../../../validate-args.ts';
import { todayUtc } from '../model/fact-status.ts';

const MAX_FIRST = 1000;

interface ScopeArgs {
  readonly region?: string | null;
  readonly at?: string | null;
  readonly statedOnly?: boolean | null;
}

const scopeOf = (args: ScopeArgs): Scope => ({
  region: args.region ?? null,
  at: args.at ?? todayUtc(),
  statedOnly: args.statedOnly ?? false,
});

const first = (value: number | null | undefined, fallback: number) =>
  requireIntInRange('first', value ?? fallback, 1, MAX_FIRST);

function noRegion(region: string | null): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No region with id ${region}.`, { argument: 'region' });
}

function found<T>(value: T | null, scope: Scope): T {
  if (value === null) throw noRegion(scope.region);
  return value;
}

type StructureResult = NetworkStructure & { readonly at: string; readonly ties: readonly TieKind[] };
type Sliced = { readonly first?: number | null };

/** The pair as the API shows it: with `focus`, that actor first. */
function partnersEntry(pair: SuggestedPartners, focus: string | null): PartnerEntry {
  const flip = focus !== null && pair.second.id === focus;
  const [actor, partner] = flip ? [pair.second, pair.first] : [pair.first, pair.second];
  return {
    actor,
    partner,
    topics: pair.topics,
    targetGroups: pair.targetGroups,
    regions: pair.regions,
    sharedTopics: pair.topics,
    sharedTargetGroups: pair.targetGroups,
    sharedRegions: pair.regions,
    sameRegion: pair.sameRegion,
    score: pair.score,
  };
}

type PartnerEntry = PartnerView & {
  readonly sharedTopics: readonly Named[];
  readonly sharedTargetGroups: readonly Named[];
  readonly sharedRegions: readonly Named[];
  readonly score: number;
};

type GapEntry = BodyGap & {
  readonly memberKindLabels: KindLabels | undefined;
  readonly bodyKindLabels: KindLabels | undefined;
};

interface LanguageArgs {
  readonly language: Language;
}

export const networkAnalysisResolvers = {
  Query: {
    async networkStructure(
      _parent: unknown,
      args: ScopeArgs & { readonly ties?: readonly TieKind[] | null },
      ctx: AtlasContext,
    ): Promise<StructureResult> {
      const scope = scopeOf(args);
      const ties = normaliseTieKinds(args.ties);
      if (ties.length === 0) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'Argument "ties" must name at least one tie kind.', {
          argument: 'ties',
        });
      }
      const structure = found(await analyseNetworkStructure(ctx.db, scope, ties), scope);
      return { ...structure, at: scope.at, ties };
    },

    async suggestedPartners(
      _parent: unknown,
      args: ScopeArgs & { readonly actor?: string | null; readonly first?: number | null },
      ctx: AtlasContext,
    ) {
      const scope = scopeOf(args);
      const limit = first(args.first, 20);
      const focus = args.actor ?? null;
      const result = found(await analyseSuggestedPartners(ctx.db, scope, focus), scope);
      if (!result.focusFound) {
        throw new AppError(ErrorCode.NOT_FOUND, `No active actor with id ${focus} in scope.`, {
          argument: 'actor',
        });
      }
      return result.pairs.slice(0, limit).map((pair) => partnersEntry(pair, focus));
    },

    async bodyGaps(_parent: unknown, args: ScopeArgs & Sliced, ctx: AtlasContext) {
      const scope = scopeOf(args);
      const limit = first(args.first, 50);
      const { data, gaps } = found(await analyseBodyGaps(ctx.db, scope), scope);
      return gaps.slice(0, limit).map((gap): GapEntry => ({
        ...gap,
        memberKindLabels: data.kindLabels.get(gap.memberKind),
        bodyKindLabels: gap.body.bodyKind === null ? undefined : data.bodyKindLabels.get(gap.body.bodyKind),
      }));
    },

    async bodyMemberships(_parent: unknown, args: ScopeArgs, ctx: AtlasContext) {
      const scope = scopeOf(args);
      const { bodies } = found(await analyseBodies(ctx.db, scope), scope);
      const inScope = bodies.filter((body) => body.inScope);
      const actors = new Map<string, NetworkActor>();
      for (const body of inScope)
        for (const member of body.members) actors.set(member.actor.id, member.actor);
      return {
        bodies: inScope.map((body) => body.body).sort(byName),
        actors: [...actors.values()].sort(byName),
        memberships: inScope.flatMap((body) =>
          body.members.map((member) => ({
            bodyId: body.body.id,
            actorId: member.actor.id,
            role: member.role,
          })),
        ),
      };
    },
  },

  NetworkStructure: {
    isolatedCount: (parent: StructureResult) => parent.isolated.length,
    isolated: (parent: StructureResult, args: Sliced) => parent.isolated.slice(0, first(args.first, 100)),
    articulationPointCount: (parent: StructureResult) => parent.articulationPoints.length,
    articulationPoints: (parent: StructureResult, args: Sliced) =>
      parent.articulationPoints.slice(0, first(args.first, 20)),
    betweenness: (parent: StructureResult, args: Sliced) =>
      parent.betweenness
        .slice(0, first(args.first, 20))
        .map((entry: BetweennessScore, index) => ({ ...entry, rank: index + 1 })),
    betweennessMethod: (parent: StructureResult) => (parent.betweennessPivots === null ? 'EXACT' : 'SAMPLED'),
    communityCount: (parent: StructureResult) => parent.communities.length,
    communities: (parent: StructureResult, args: Sliced) =>
      parent.communities
        .slice(0, first(args.first, 20))
        .map((members) => ({ size: members.length, members })),
  },

  SuggestedPartners: {
    reason: (entry: PartnerEntry, args: LanguageArgs) => partnerReason(entry, args.language),
  },

  BodyGap: {
    memberKindLabel: (gap: GapEntry, args: LanguageArgs) =>
      gap.memberKindLabels ? labelOf(gap.memberKind, gap.memberKindLabels, args.language) : null,
    reason: (gap: GapEntry, args: LanguageArgs) =>
      bodyGapReason(gap, gap.memberKindLabels, gap.bodyKindLabels, args.language),
  },

  NetworkCommunity: {
    members: (parent: { members: readonly NetworkActor[] }, args: Sliced) =>
      parent.members.slice(0, first(args.first, 50)),
  },
};
