import { updateResolver } from './record-resolvers.ts';

/** Mutation.updateTopic: Changes fields of a record of the import section `topics`. */
export const updateTopic = updateResolver('TOPIC');
