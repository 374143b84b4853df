import { actor } from './actor.ts';
import { analysisResolvers } from './analysis/index.ts';
import { actors } from './actors.ts';
import { measure } from './measure.ts';
import { measures } from './measures.ts';
import { network } from './network.ts';
import { NODE_COLUMNS_RESOLVERS, networkDrawing } from './network-drawing.ts';
import { node } from './node.ts';
import { path } from './path.ts';
import { program } from './program.ts';
import { programs } from './programs.ts';
import { region } from './region.ts';
import { regions } from './regions.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { source } from './source.ts';
import { sources } from './sources.ts';
import { statistics } from './statistics.ts';
import { targetGroup } from './target-group.ts';
import { targetGroups } from './target-groups.ts';
import { topic } from './topic.ts';
import { topics } from './topics.ts';
import { abstractTypeResolvers } from './types/abstract-types.ts';
import { actorTypeResolvers } from './types/actor-types.ts';
import { dateScalar } from './types/date-scalar.ts';
import { edgeTypeResolvers } from './types/edge-types.ts';
import { enumResolvers } from './types/enums.ts';
import { quantityTypeResolvers } from './types/fact-fields.ts';
import { initiativeTypeResolvers } from './types/initiative-types.ts';
import { regionTypeResolvers } from './types/region-type.ts';
import { sourceAndTermTypeResolvers } from './types/source-and-term-types.ts';
import { vocabularyNodeTypeResolvers } from './types/vocabulary-node-types.ts';
import { vocabularies } from './vocabularies.ts';
import { vocabulary } from './vocabulary.ts';

/** Resolvers of the reading API (anonymous readers and researchers): one file per Query field, types in types/. */
export const readResolvers = {
  Query: {
    node,
    actor,
    program,
    measure,
    region,
    topic,
    targetGroup,
    source,
    actors,
    programs,
    measures,
    regions,
    sources,
    topics,
    targetGroups,
    search,
    network,
    networkDrawing,
    path,
    vocabulary,
    vocabularies,
    statistics,
    site,
    ...analysisResolvers.Query,
  },
  NodeColumns: NODE_COLUMNS_RESOLVERS,
  Date: dateScalar,
  ...enumResolvers,
  ...abstractTypeResolvers,
  ...actorTypeResolvers,
  ...initiativeTypeResolvers,
  ...vocabularyNodeTypeResolvers,
  ...regionTypeResolvers,
  ...sourceAndTermTypeResolvers,
  ...edgeTypeResolvers,
  ...quantityTypeResolvers,
  ...Object.fromEntries(Object.entries(analysisResolvers).filter(([type]) => type !== 'Query')),
};
