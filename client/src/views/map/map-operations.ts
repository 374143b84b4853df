// The GraphQL operations of the Kreis map. Result and variable types are generated (npm run codegen).
//
// `kreisCoverage` answers for a Land or for all Germany (`land: "de"`) alike: one request, one statement.

/**
 * Every Kreis of a Land — or of Germany, `$land: "de"` — with the offers of one cell (or of all offers), and the
 * area's name, in one request.
 */
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

/** The Länder of Germany, the choices besides Germany itself. */
export const MAP_AREAS_QUERY = /* GraphQL */ `
  query MapAreas {
    regions(level: "land", parent: "de", first: 100) {
      nodes {
        id
        name
      }
    }
  }
`;

export const MAP_OPERATIONS: readonly string[] = [KREIS_MAP_QUERY, MAP_AREAS_QUERY];
