// The GraphQL operations of the network view: search-as-you-type, the neighbourhood of a focus or a region's
// network (in columns: networkDrawing, which also carries the server's positions for large networks), and one
// node's details with its sources. Result and variable types are generated (npm run codegen).

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!) {
    search(text: $text, first: 8) {
      entity {
        id
        name
      }
      kind
      score
    }
  }
`;

/**
 * What the view draws, in columns: the neighbourhood of the focus nodes ($focus, $depth 1–3), or everything placed
 * in a region ($region, $depth 0) — up to a whole country, laid out by the server when large.
 */
export const NETWORK_DRAWING_QUERY = /* GraphQL */ `
  query NetworkDrawing(
    $focus: [ID!]
    $region: ID
    $depth: Int!
    $at: Date
    $statedOnly: Boolean!
    $relationshipTypes: [RelationshipType!]
    $limit: Int!
  ) {
    networkDrawing(
      focus: $focus
      region: $region
      depth: $depth
      activeAt: $at
      statedOnly: $statedOnly
      relationshipTypes: $relationshipTypes
      limit: $limit
    ) {
      nodes {
        id
        name
        kind
        distance
        x
        y
      }
      edges {
        id
        source
        target
        type
        role
        kind
        claim
        reach
        sources
      }
      truncated
      positioned
    }
  }
`;

/** The network analyses marked on the graph: isolated actors, brokers, communities, partners, body gaps. */
export const NETWORK_ANALYSIS_QUERY = /* GraphQL */ `
  query NetworkAnalysis($region: ID, $at: Date, $statedOnly: Boolean!, $language: Language!) {
    networkStructure(region: $region, at: $at, statedOnly: $statedOnly) {
      actorCount
      tieCount
      isolatedCount
      isolated(first: 200) {
        id
        name
      }
      articulationPoints(first: 20) {
        actor {
          id
          name
        }
        piecesAfter
        actorsCutOff
      }
      betweenness(first: 10) {
        actor {
          id
          name
        }
        score
        rank
      }
      communityCount
      communities(first: 12) {
        size
        members(first: 200) {
          id
          name
        }
      }
    }
    suggestedPartners(region: $region, at: $at, statedOnly: $statedOnly, first: 30) {
      actor {
        id
        name
      }
      partner {
        id
        name
      }
      score
      reason(language: $language)
    }
    bodyGaps(region: $region, at: $at, statedOnly: $statedOnly, first: 30) {
      body {
        id
        name
      }
      memberKind
      reason(language: $language)
    }
  }
`;

/** The shortest paths between two actors over cooperations and memberships. */
export const PATH_QUERY = /* GraphQL */ `
  query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to, maxLength: 4) {
      length
      nodes {
        id
        name
        kind
        distance
      }
      edges {
        id
        source
        target
        type
        role
        kind
        claim
        reach
        sources
      }
    }
  }
`;

/** The programs and measures that address a topic (for the topic filter). */
export const TOPIC_INITIATIVES_QUERY = /* GraphQL */ `
  query TopicInitiatives($id: ID!) {
    topic(id: $id) {
      measures {
        initiative {
          id
        }
      }
      programs {
        initiative {
          id
        }
      }
    }
  }
`;

/** The programs and measures that target a group (for the target group filter). */
export const GROUP_INITIATIVES_QUERY = /* GraphQL */ `
  query GroupInitiatives($id: ID!) {
    targetGroup(id: $id) {
      measures {
        initiative {
          id
        }
      }
      programs {
        initiative {
          id
        }
      }
    }
  }
`;

export const NODE_DETAILS_QUERY = /* GraphQL */ `
  query NodeDetails($id: ID!, $at: Date) {
    node(id: $id) {
      id
      name
      labels
      ... on Actor {
        kindTerm: kind {
          labelDe
          labelEn
        }
        shortName
        description
        website
        period {
          since
          until
        }
        claim
        locator
        reasoning
        lastVerified
        status(at: $at)
        collective
        sources {
          id
          title
          url
          published
          dateRead
        }
      }
      ... on Initiative {
        initiativeKind: kind {
          labelDe
          labelEn
        }
        shortName
        description
        period {
          since
          until
        }
        claim
        locator
        reasoning
        lastVerified
        status(at: $at)
        sources {
          id
          title
          url
          published
          dateRead
        }
      }
      ... on Source {
        title
        publisher
        url
        published
        dateRead
      }
    }
  }
`;

export const NETWORK_VIEW_OPERATIONS: readonly string[] = [
  SEARCH_QUERY,
  NETWORK_DRAWING_QUERY,
  NETWORK_ANALYSIS_QUERY,
  PATH_QUERY,
  TOPIC_INITIATIVES_QUERY,
  GROUP_INITIATIVES_QUERY,
  NODE_DETAILS_QUERY,
];
