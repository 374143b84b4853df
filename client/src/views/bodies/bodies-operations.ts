// The GraphQL operations of the bodies view. Result and variable types are generated (npm run codegen).
//
// One request for the whole page: the matrix, the bodies lacking a kind of member, the actors placed in the region
// (to find those at no table) and the labels of the membership roles. `actors` pages by 100 at most; the view says
// when a region holds more.

export const BODY_MATRIX_QUERY = /* GraphQL */ `
  query BodyMatrix($region: ID!, $at: Date, $statedOnly: Boolean!, $language: Language!) {
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
    bodyGaps(region: $region, at: $at, statedOnly: $statedOnly) {
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
    actors(region: $region, regionScope: WITHIN, activeAt: $at, first: 100) {
      totalCount
      nodes {
        id
        name
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

export const BODY_OPERATIONS: readonly string[] = [BODY_MATRIX_QUERY];
