// What field resolvers ask the loaders for, in the shapes GraphQL wants: a term for a key, Source objects for a
// list of source ids, the edge objects of a relationship field, an entity of one label by id.
import type { AtlasContext } from '../../../context.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import type { LinkRecord } from '../model/link-record.ts';
import { missingTerm, termKey, type TermRecord } from '../model/term-record.ts';
import { loaders } from './loaders.ts';
import type { LinkSpec } from './links.ts';

export async function termOf(
  ctx: AtlasContext,
  vocabulary: string,
  key: unknown,
): Promise<TermRecord | null> {
  if (typeof key !== 'string') return null;
  return (await loaders(ctx).terms.load(termKey(vocabulary, key))) ?? missingTerm(vocabulary, key);
}

/** For a non-null Term field: a missing key (which the import forbids) shows as an empty term, not an error. */
export async function requiredTermOf(
  ctx: AtlasContext,
  vocabulary: string,
  key: unknown,
): Promise<TermRecord> {
  return (await termOf(ctx, vocabulary, key)) ?? missingTerm(vocabulary, '');
}

export async function sourcesOf(ctx: AtlasContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await loaders(ctx).nodes.loadMany(ids);
  return found.filter((s): s is EntityRecord => s !== null && s.labels.includes('Source'));
}

/** An entity by id if it carries `label`, else null (so `actor(id: "bepart")` is null, not a Measure). */
export async function entityWithLabel(
  ctx: AtlasContext,
  id: string,
  label: string,
): Promise<EntityRecord | null> {
  const found = await loaders(ctx).nodes.load(id);
  return found !== null && found.labels.includes(label) ? found : null;
}

/** A resolver for a relationship field: loads the links of the parent and builds one edge object per link. */
export function linkField<E>(spec: LinkSpec, build: (parent: EntityRecord, link: LinkRecord) => E) {
  return async (parent: EntityRecord, _args: unknown, ctx: AtlasContext): Promise<E[]> => {
    const links = await loaders(ctx).links(spec).load(parent.id);
    return links.map((link) => build(parent, link));
  };
}

/** A resolver for a field that lists the nodes at the other end, without the relationship's properties. */
export function linkedNodes(spec: LinkSpec) {
  return linkField(spec, (_parent, link) => link.other);
}
