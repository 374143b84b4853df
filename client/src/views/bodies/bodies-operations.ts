// The GraphQL operations of the bodies view. Result and variable types are generated (npm run codegen).
//
// Three requests, so that each stays within the server's cost limit (ATLAS_MAX_COST) for a whole Land or the whole
// country, and one slow part does not hold back the others: the matrix with the labels of the membership roles;
// the bodies lacking a kind of member (each names every peer, hundreds at national scale); and one page of the
// actors placed in the region, to find those at no table.

export const BODY_MATRIX_QUERY = /* GraphQL */ `
  query BodyMatrix($region: ID!, $at: Date, $statedOnly: Boolean!) {
    region(id: $region) {
      id
      name
    }
    bodyMemberships(region: $region, at: $at, statedOnly: $statedOnly) {
      bodies {
        id
        name
      }
      actors {
        id
        name
      }
      memberships {
        bodyId
        actorId
        role
      }
    }
    vocabulary(name: "membershipRole") {
      terms {
        key
        labelDe
        labelEn
      }
    }
  }
`;

/** How many findings the gap list asks for (`first` below): the list says when it got that many. */
export const BODY_GAPS_FIRST = 50;

export const BODY_GAPS_QUERY = /* GraphQL */ `
  query BodyGaps($region: ID!, $at: Date, $statedOnly: Boolean!, $language: Language!) {
    bodyGaps(region: $region, at: $at, statedOnly: $statedOnly, first: 50) {
      body {
        id
        name
      }
      memberKind
      memberKindLabel(language: $language)
      peersWith {
        id
        name
      }
      peerCount
      share
      reason(language: $language)
    }
  }
`;

/** The page size of the actors checked for a seat (`first` below): the most `actors` gives at once. */
export const ACTORS_PER_PAGE = 100;

export const BODY_ACTORS_QUERY = /* GraphQL */ `
  query BodyActors($region: ID!, $at: Date, $after: String) {
    actors(region: $region, regionScope: WITHIN, activeAt: $at, first: 100, after: $after) {
      totalCount
      nodes {
        id
        name
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

export const BODY_OPERATIONS: readonly string[] = [BODY_MATRIX_QUERY, BODY_GAPS_QUERY, BODY_ACTORS_QUERY];
