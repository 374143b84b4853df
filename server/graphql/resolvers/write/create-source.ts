import { createResolver } from './record-resolvers.ts';

/** Mutation.createSource: Creates a record of the import section `sources`. */
export const createSource = createResolver('SOURCE');
