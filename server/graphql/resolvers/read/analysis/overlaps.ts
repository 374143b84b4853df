// Placeholder until the overlaps analysis lands: its Query fields and types go here.
export const overlapResolvers: { Query: Record<string, unknown> } & Record<string, object> = { Query: {} };
