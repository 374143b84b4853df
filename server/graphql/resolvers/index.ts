import { health } from './health.ts';
import { network } from './network.ts';

/**
 * The resolver map: one file per field, named like the field. Reading fields live in `read/`, admin mutations in
 * `write/`; each folder's index exports its part of the map.
 */
export const resolvers = {
  Query: { health, network },
};
