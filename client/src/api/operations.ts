// Every operation the client sends. Their result and variable types are generated from the schema
// (generated/operations.ts, `npm run codegen`); a unit test validates each operation against the schema.

export const NETWORK_QUERY = /* GraphQL */ `
  query Network($limit: Int!) {
    network(limit: $limit) {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        source
        target
        type
        role
        kind
      }
      truncated
    }
  }
`;

export const ALL_OPERATIONS: readonly string[] = [NETWORK_QUERY];
