import { deleteResolver } from './record-resolvers.ts';

/** Mutation.deleteActor: Deletes a record of the import section `actors`. */
export const deleteActor = deleteResolver('ACTOR');
