// Field resolvers of Source (what cites it, the day it speaks for) and Term (its sources, broader and narrower
// terms).
import type { AtlasContext } from '../../../context.ts';
import { linkedNodes, sourcesOf, termOf } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import { LINKS } from '../load/links.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import { asOfDate } from '../model/fact-status.ts';
import { termKey, type TermRecord } from '../model/term-record.ts';

export const sourceAndTermTypeResolvers = {
  Source: {
    citedBy: linkedNodes(LINKS.citedBy),
    asOf: (source: EntityRecord) => asOfDate(source),
  },
  Term: {
    sources: (term: TermRecord, _args: unknown, ctx: AtlasContext) => sourcesOf(ctx, term.sourceIds),
    broader: (term: TermRecord, _args: unknown, ctx: AtlasContext) =>
      termOf(ctx, term.vocabulary, term.broader),
    narrower: (term: TermRecord, _args: unknown, ctx: AtlasContext) =>
      loaders(ctx).termNarrower.load(termKey(term.vocabulary, term.key)),
  },
};
