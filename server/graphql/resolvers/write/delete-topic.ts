import { deleteResolver } from './record-resolvers.ts';

/** Mutation.deleteTopic: Deletes a record of the import section `topics`. */
export const deleteTopic = deleteResolver('TOPIC');
