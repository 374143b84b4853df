import type { GraphQLResolveInfo } from 'graphql';
import { ENTITY_KIND_VOCABULARY, RELATIONSHIP_TYPE_VOCABULARY } from '../../../domain/kind-terms.ts';
import type { AtlasContext } from '../../context.ts';
import { entityKindVocabulary, relationshipTypeVocabulary } from './model/kind-vocabularies.ts';
import { toVocabularies } from './model/vocabulary-shape.ts';
import { VOCABULARIES } from './vocabularies.ts';

/**
 * Query.vocabulary: one vocabulary by name (same statement as Query.vocabularies), or null for an unknown name.
 * `relationshipType` needs no database; `entityKind` reads the actor classes' `actorKind` terms.
 */
export async function vocabulary(
  _parent: unknown,
  args: { name: string },
  ctx: AtlasContext,
  info: GraphQLResolveInfo,
) {
  if (args.name === RELATIONSHIP_TYPE_VOCABULARY) return relationshipTypeVocabulary(info.schema);
  const name = args.name === ENTITY_KIND_VOCABULARY ? 'actorKind' : args.name;
  const [found] = toVocabularies(await ctx.db.read(VOCABULARIES, { name }));
  if (args.name === ENTITY_KIND_VOCABULARY) return entityKindVocabulary(found, info.schema);
  return found ?? null;
}
