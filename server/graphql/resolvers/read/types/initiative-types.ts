// Field resolvers of Program and Measure (they share the Initiative interface's fields).
import type { AtlasContext } from '../../../context.ts';
import { linkField, requiredTermOf } from '../load/fetch.ts';
import { loaders } from '../load/loaders.ts';
import { LINKS } from '../load/links.ts';
import { stringList, type EntityRecord } from '../model/entity-record.ts';
import {
  addressing,
  foundation,
  funding,
  management,
  measurePart,
  party,
  placement,
  programPart,
  provision,
  targeting,
} from '../model/edges.ts';
import { factFields, quantities, relations } from './fact-fields.ts';
import { namedFields } from './shared-fields.ts';

function initiativeFields(kindVocabulary: string) {
  return {
    ...namedFields,
    kind: (entity: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      requiredTermOf(ctx, kindVocabulary, entity.kind),
    funders: linkField(LINKS.funders, (entity, link) => funding(link.other, entity, link)),
    runners: linkField(LINKS.runners, (entity, link) => management(link.other, entity, link)),
    basedOn: linkField(LINKS.basedOn, (entity, link) => foundation(entity, link.other, link)),
    topics: linkField(LINKS.topics, (entity, link) => addressing(entity, link.other, link)),
    targetGroups: linkField(LINKS.targetGroups, (entity, link) => targeting(entity, link.other, link)),
    regions: linkField(LINKS.activeIn, (entity, link) => placement(entity, link.other, link)),
    ...factFields,
    quantities,
    relations,
  };
}

export const initiativeTypeResolvers = {
  Program: {
    ...initiativeFields('programKind'),
    partOf: linkField(LINKS.programsAbove, (program, link) => programPart(program, link.other, link)),
    parts: linkField(LINKS.programParts, (program, link) => programPart(link.other, program, link)),
    measures: (program: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      loaders(ctx).programMeasures.load(program.id),
    basisOf: linkField(LINKS.basisOf, (program, link) => foundation(link.other, program, link)),
    parties: linkField(LINKS.parties, (program, link) => party(link.other, program, link)),
  },
  Measure: {
    ...initiativeFields('measureKind'),
    providers: linkField(LINKS.providers, (measure, link) => provision(link.other, measure, link)),
    programs: linkField(LINKS.programsAbove, (measure, link) => programPart(measure, link.other, link)),
    otherKinds: (measure: EntityRecord, _args: unknown, ctx: AtlasContext) =>
      Promise.all(stringList(measure.otherKinds).map((key) => requiredTermOf(ctx, 'measureKind', key))),
    languages: (measure: EntityRecord) => stringList(measure.languages),
    parts: linkField(LINKS.subMeasures, (measure, link) => measurePart(link.other, measure, link)),
    partOf: linkField(LINKS.measuresAbove, (measure, link) => measurePart(measure, link.other, link)),
  },
};
