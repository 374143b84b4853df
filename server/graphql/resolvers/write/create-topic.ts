import { createResolver } from './record-resolvers.ts';

/** Mutation.createTopic: Creates a record of the import section `topics`. */
export const createTopic = createResolver('TOPIC');
