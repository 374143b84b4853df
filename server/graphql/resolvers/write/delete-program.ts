import { deleteResolver } from './record-resolvers.ts';

/** Mutation.deleteProgram: Deletes a record of the import section `programs`. */
export const deleteProgram = deleteResolver('PROGRAM');
