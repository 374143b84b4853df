import { deleteResolver } from './record-resolvers.ts';

/** Mutation.deleteSource: Deletes a record of the import section `sources`. */
export const deleteSource = deleteResolver('SOURCE');
