import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { toVocabularies } from './model/vocabulary-shape.ts';

export const VOCABULARIES = cypherFile('queries/vocabularies');

/** Query.vocabularies: every controlled vocabulary with its terms (German and English labels). */
export async function vocabularies(_parent: unknown, _args: unknown, ctx: AtlasContext) {
  return toVocabularies(await ctx.db.read(VOCABULARIES, { name: null }));
}
