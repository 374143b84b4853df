import { createResolver } from './record-resolvers.ts';

/** Mutation.createTargetGroup: Creates a record of the import section `targetGroups`. */
export const createTargetGroup = createResolver('TARGET_GROUP');
