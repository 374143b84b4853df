// Placeholder until the network-analysis analysis lands: its Query fields and types go here.
export const networkAnalysisResolvers: { Query: Record<string, unknown> } & Record<string, object> = {
  Query: {},
};
