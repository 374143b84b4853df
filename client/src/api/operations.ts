// Every operation the client sends. A unit test validates each against the server's schema.

export const NETWORK_QUERY = /* GraphQL */ `
  query Network($limit: Int!) {
    network(limit: $limit) {
      nodes {
        id
        name
        labels
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

export interface NetworkData {
  network: {
    nodes: { id: string; name: string; labels: string[] }[];
    edges: {
      id: string;
      source: string;
      target: string;
      type: string;
      role: string | null;
      kind: string | null;
    }[];
    truncated: boolean;
  };
}

export const ALL_OPERATIONS: readonly string[] = [NETWORK_QUERY];
