import type { AtlasContext } from '../../context.ts';
import { toVocabularies } from './model/vocabulary-shape.ts';
import { VOCABULARIES } from './vocabularies.ts';

/** Query.vocabulary: one vocabulary by name (same statement as Query.vocabularies), or null for an unknown name. */
export async function vocabulary(_parent: unknown, args: { name: string }, ctx: AtlasContext) {
  return toVocabularies(await ctx.db.read(VOCABULARIES, { name: args.name }))[0] ?? null;
}
