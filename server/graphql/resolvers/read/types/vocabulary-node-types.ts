// Field resolvers of Topic and TargetGroup: the two vocabularies kept as nodes, because measures link to them.
import type { AtlasContext } from '../../../context.ts';
import { entityWithLabel, linkField } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import { LINKS, type LinkSpec } from '../load/links.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import { addressing, targeting } from '../model/edges.ts';
import { flag, sourcedFields } from './shared-fields.ts';

/** `broader` holds the id of a node of the same label; `narrower` finds the nodes whose `broader` is this one. */
function hierarchy(label: string) {
  return {
    broader: (entity: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      typeof entity.broader === 'string' ? entityWithLabel(ctx, entity.broader, label) : null,
    narrower: (entity: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      loaders(ctx).narrowerNodes.load(entity.id),
  };
}

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
    ...hierarchy('Topic'),
  },
  TargetGroup: {
    ...sourcedFields,
    measures: linkField(LINKS.measuresTargeting, (group, link) => targeting(link.other, group, link)),
    programs: linkField(LINKS.programsTargeting, (group, link) => targeting(link.other, group, link)),
    measureCount: countOf(LINKS.measuresTargeting),
    ...hierarchy('TargetGroup'),
  },
};
