import { updateResolver } from './record-resolvers.ts';

/** Mutation.updateTargetGroup: Changes fields of a record of the import section `targetGroups`. */
export const updateTargetGroup = updateResolver('TARGET_GROUP');
