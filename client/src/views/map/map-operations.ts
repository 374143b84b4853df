// The GraphQL operations of the Kreis map. Result and variable types are generated (npm run codegen).
//
// `kreisCoverage` works per Land (one statement for all its Kreise); there is no Germany-wide variant, and one
// request per Land would be 16 requests, so the map shows one Land at a time.

/** Every Kreis of a Land with the offers of one cell (or of all offers), and the Land's name, in one request. */
export const KREIS_MAP_QUERY = /* GraphQL */ `
  query KreisMap(
    $land: ID!
    $topic: ID
    $targetGroup: ID
    $at: Date
    $statedOnly: Boolean!
    $fromAbove: Boolean!
  ) {
    land: region(id: $land) {
      id
      name
    }
    kreisCoverage(
      land: $land
      topic: $topic
      targetGroup: $targetGroup
      at: $at
      statedOnly: $statedOnly
      fromAbove: $fromAbove
    ) {
      region {
        id
        name
        code
        unnamed
      }
      count
      full
      partial
      population
      perHundredThousand
    }
  }
`;

export const MAP_OPERATIONS: readonly string[] = [KREIS_MAP_QUERY];
