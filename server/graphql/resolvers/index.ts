import { health } from './health.ts';
import { network } from './network.ts';

/** The resolver map: one file per field, named like the field. */
export const resolvers = {
  Query: { health, network },
};
