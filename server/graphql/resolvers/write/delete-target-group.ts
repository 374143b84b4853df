import { deleteResolver } from './record-resolvers.ts';

/** Mutation.deleteTargetGroup: Deletes a record of the import section `targetGroups`. */
export const deleteTargetGroup = deleteResolver('TARGET_GROUP');
