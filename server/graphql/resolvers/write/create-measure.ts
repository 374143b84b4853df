import { createResolver } from './record-resolvers.ts';

/** Mutation.createMeasure: Creates a record of the import section `measures`. */
export const createMeasure = createResolver('MEASURE');
