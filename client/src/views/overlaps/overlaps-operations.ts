// The GraphQL operations of the overlap list. Result and variable types are generated (npm run codegen).

/**
 * The ranked findings with everything the list shows and the network needs: the two measures, their providers
 * (the network's focus), the ties or the pairs without one, and the reasons in the page's language.
 */
export const OVERLAPS_QUERY = /* GraphQL */ `
  query Overlaps(
    $region: ID
    $at: Date
    $statedOnly: Boolean!
    $minScore: Float!
    $includeCoordinated: Boolean!
    $language: Language!
    $first: Int!
  ) {
    overlaps(
      region: $region
      at: $at
      statedOnly: $statedOnly
      minScore: $minScore
      includeCoordinated: $includeCoordinated
      first: $first
    ) {
      measures {
        id
        name
      }
      score
      coordinated
      providers {
        measure {
          id
        }
        actor {
          id
          name
        }
        collective
      }
      untiedProviders {
        first {
          id
          name
        }
        second {
          id
          name
        }
      }
      ties {
        kind
        first {
          id
          name
        }
        second {
          id
          name
        }
        via {
          id
          name
        }
      }
      reasons(language: $language)
    }
  }
`;

export const OVERLAP_OPERATIONS: readonly string[] = [OVERLAPS_QUERY];
