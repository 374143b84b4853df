// Field resolvers of Source (what cites it) and Term (its sources).
import type { AtlasContext } from '../../../context.ts';
import { linkedNodes, sourcesOf } from '../load/fetch.ts';
import { LINKS } from '../load/links.ts';
import type { TermRecord } from '../model/term-record.ts';

export const sourceAndTermTypeResolvers = {
  Source: { citedBy: linkedNodes(LINKS.citedBy) },
  Term: {
    sources: (term: TermRecord, _args: unknown, ctx: AtlasContext) => sourcesOf(ctx, term.sourceIds),
  },
};
