import { updateResolver } from './record-resolvers.ts';

/** Mutation.updateMeasure: Changes fields of a record of the import section `measures`. */
export const updateMeasure = updateResolver('MEASURE');
