import { network } from './network.ts';

/** Resolvers of the reading API (anonymous readers and researchers). */
export const readResolvers = {
  Query: { network },
};
