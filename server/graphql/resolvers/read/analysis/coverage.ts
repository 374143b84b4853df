// Placeholder until the coverage analysis lands: its Query fields and types go here.
export const coverageResolvers: { Query: Record<string, unknown> } & Record<string, object> = { Query: {} };
