import { updateResolver } from './record-resolvers.ts';

/** Mutation.updateProgram: Changes fields of a record of the import section `programs`. */
export const updateProgram = updateResolver('PROGRAM');
