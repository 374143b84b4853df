// The GraphQL operations of the shared controls. Result and variable types are generated (npm run codegen).

/** Suggestions for a region picker: name, level and the region it lies in (names repeat across Länder). */
export const REGION_CHOICES_QUERY = /* GraphQL */ `
  query RegionChoices($text: String!) {
    regions(text: $text, first: 10) {
      nodes {
        id
        name
        level {
          labelDe
          labelEn
        }
        parent {
          name
        }
      }
    }
  }
`;

/** A region's name, to show what a link has chosen. */
export const REGION_NAME_QUERY = /* GraphQL */ `
  query RegionName($id: ID!) {
    region(id: $id) {
      id
      name
    }
  }
`;

/** Every topic and target group with its labels, for the filters. */
export const TERMS_QUERY = /* GraphQL */ `
  query Terms {
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
  }
`;

export const UI_OPERATIONS: readonly string[] = [REGION_CHOICES_QUERY, REGION_NAME_QUERY, TERMS_QUERY];
