import { createResolver } from './record-resolvers.ts';

/** Mutation.createActor: Creates a record of the import section `actors`. */
export const createActor = createResolver('ACTOR');
