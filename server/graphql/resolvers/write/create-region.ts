import { createResolver } from './record-resolvers.ts';

/** Mutation.createRegion: Creates a record of the import section `regions`. */
export const createRegion = createResolver('REGION');
