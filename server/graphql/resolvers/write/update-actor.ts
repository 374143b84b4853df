import { updateResolver } from './record-resolvers.ts';

/** Mutation.updateActor: Changes fields of a record of the import section `actors`. */
export const updateActor = updateResolver('ACTOR');
