import { deleteResolver } from './record-resolvers.ts';

/** Mutation.deleteRegion: Deletes a record of the import section `regions`. */
export const deleteRegion = deleteResolver('REGION');
