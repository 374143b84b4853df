import { health } from './health.ts';
import { readResolvers } from './read/index.ts';
import { writeResolvers } from './write/index.ts';

/**
 * The resolver map: one file per field, named like the field. Reading fields live in `read/`, admin mutations
 * and admin-only queries in `write/`; each folder's index exports its part, merged here type by type.
 */
export function mergeResolvers(...maps: readonly Record<string, object>[]): Record<string, object> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

export const resolvers = mergeResolvers({ Query: { health } }, readResolvers, writeResolvers);
