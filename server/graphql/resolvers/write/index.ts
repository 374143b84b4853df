/** Resolvers of the admin API (mutations and admin-only queries). */
export const writeResolvers = {};
