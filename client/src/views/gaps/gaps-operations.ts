// The GraphQL operations of the gap matrix. Result and variable types are generated (npm run codegen).
//
// The matrix and the gaps' details are two requests on purpose: the server computes the gaps (nearest regions,
// programs, funders) in a statement of their own, and the page needs them only once a gap is clicked. Estimated
// costs (limit 50,000): the matrix about 17,300, the gaps about 18,300; the server caches the matrix per data
// version, so the second request does not compute it again.

/** The whole matrix of a region with the names of its offers and of the regions above it (for "via"). */
export const COVERAGE_MATRIX_QUERY = /* GraphQL */ `
  query CoverageMatrix($region: ID!, $at: Date, $statedOnly: Boolean!, $fromAbove: Boolean!) {
    coverage(region: $region, at: $at, statedOnly: $statedOnly, fromAbove: $fromAbove) {
      region {
        id
        name
        ancestors {
          id
          name
        }
      }
      at
      population
      count
      full
      partial
      topics {
        id
        labelDe
        labelEn
      }
      targetGroups {
        id
        labelDe
        labelEn
      }
      cells {
        topic {
          id
        }
        targetGroup {
          id
        }
        count
        full
        partial
        perHundredThousand
        gap
        offers {
          initiativeId
          coverage
          viaId
          rolledUp
        }
      }
      initiatives {
        id
        name
      }
    }
  }
`;

/** Every gap of the same matrix with the nearest regions that have such an offer, its programs and funders. */
export const COVERAGE_GAPS_QUERY = /* GraphQL */ `
  query CoverageGaps($region: ID!, $at: Date, $statedOnly: Boolean!, $fromAbove: Boolean!) {
    coverage(region: $region, at: $at, statedOnly: $statedOnly, fromAbove: $fromAbove) {
      gaps {
        topic {
          id
        }
        targetGroup {
          id
        }
        nearest {
          region {
            id
            name
            level {
              labelDe
              labelEn
            }
          }
          distance
          initiativeIds
        }
        programs {
          program {
            id
            name
          }
        }
        funders {
          funder {
            id
            name
          }
        }
      }
    }
  }
`;

/**
 * The name of one entity by id: the offers the nearest regions hold and regions inside the chosen one, which the
 * matrix names only by id.
 */
export const ENTITY_NAME_QUERY = /* GraphQL */ `
  query EntityName($id: ID!) {
    node(id: $id) {
      id
      name
    }
  }
`;

export const GAP_OPERATIONS: readonly string[] = [
  COVERAGE_MATRIX_QUERY,
  COVERAGE_GAPS_QUERY,
  ENTITY_NAME_QUERY,
];
