import { createResolver } from './record-resolvers.ts';

/** Mutation.createProgram: Creates a record of the import section `programs`. */
export const createProgram = createResolver('PROGRAM');
