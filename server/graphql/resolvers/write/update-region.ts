import { updateResolver } from './record-resolvers.ts';

/** Mutation.updateRegion: Changes fields of a record of the import section `regions`. */
export const updateRegion = updateResolver('REGION');
