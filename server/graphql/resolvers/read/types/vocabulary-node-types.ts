// Field resolvers of Topic and TargetGroup: the two vocabularies kept as nodes, because measures link to them.
import type { AtlasContext } from '../../../context.ts';
import { linkField } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import { LINKS, type LinkSpec } from '../load/links.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import { addressing, targeting } from '../model/edges.ts';
import { flag, sourcedFields } from './shared-fields.ts';

function countOf(spec: LinkSpec) {
  return async (entity: EntityRecord, _args: unknown, ctx: AtlasContext) =>
    (await loaders(ctx).links(spec).load(entity.id)).length;
}

export const vocabularyNodeTypeResolvers = {
  Topic: {
    ...sourcedFields,
    crossCutting: flag('crossCutting'),
    measures: linkField(LINKS.measuresAddressing, (topic, link) => addressing(link.other, topic, link)),
    programs: linkField(LINKS.programsAddressing, (topic, link) => addressing(link.other, topic, link)),
    measureCount: countOf(LINKS.measuresAddressing),
  },
  TargetGroup: {
    ...sourcedFields,
    measures: linkField(LINKS.measuresTargeting, (group, link) => targeting(link.other, group, link)),
    programs: linkField(LINKS.programsTargeting, (group, link) => targeting(link.other, group, link)),
    measureCount: countOf(LINKS.measuresTargeting),
  },
};
