// Field resolvers every entity type with sources shares, and the fields whose stored form differs from the
// schema's: the importer leaves out empty lists and false flags, so they default here.
import type { AtlasContext } from '../../../context.ts';
import { sourcesOf } from '../load/fetch.ts';
import { stringList, type EntityRecord } from '../model/entity-record.ts';

export const sourcedFields = {
  sources: (entity: EntityRecord, _args: unknown, ctx: AtlasContext) => sourcesOf(ctx, entity.sourceIds),
};

export const namedFields = {
  ...sourcedFields,
  aliases: (entity: EntityRecord) => stringList(entity.aliases),
};

export function flag(name: string) {
  return (entity: EntityRecord) => entity[name] === true;
}
