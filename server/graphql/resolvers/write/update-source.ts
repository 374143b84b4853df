import { updateResolver } from './record-resolvers.ts';

/** Mutation.updateSource: Changes fields of a record of the import section `sources`. */
export const updateSource = updateResolver('SOURCE');
