import type { GraphQLResolveInfo } from 'graphql';
import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { entityKindVocabulary, relationshipTypeVocabulary } from './model/kind-vocabularies.ts';
import { toVocabularies } from './model/vocabulary-shape.ts';

export const VOCABULARIES = cypherFile('queries/vocabularies');

/**
 * Query.vocabularies: every controlled vocabulary with its terms (German and English labels): the stored ones,
 * and the entity kinds and relationship types, which the code defines.
 */
export async function vocabularies(
  _parent: unknown,
  _args: unknown,
  ctx: AtlasContext,
  info: GraphQLResolveInfo,
) {
  const stored = toVocabularies(await ctx.db.read(VOCABULARIES, { name: null }));
  const actorKind = stored.find((v) => v.name === 'actorKind');
  return [
    ...stored,
    entityKindVocabulary(actorKind, info.schema),
    relationshipTypeVocabulary(info.schema),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
