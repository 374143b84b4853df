import { deleteResolver } from './record-resolvers.ts';

/** Mutation.deleteMeasure: Deletes a record of the import section `measures`. */
export const deleteMeasure = deleteResolver('MEASURE');
