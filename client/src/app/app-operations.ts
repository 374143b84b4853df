// The GraphQL operations the page asks once at start-up, whatever the view: the words for the kinds of node and
// relationship, and the operator's settings for the footer and the accessibility statement. Result types are
// generated (npm run codegen).

/** Entity kinds and relationship types as terms, keyed by their enum values, in both languages. */
export const VOCABULARY_LABELS_QUERY = /* GraphQL */ `
  query VocabularyLabels {
    entityKinds: vocabulary(name: "entityKind") {
      terms {
        key
        labelDe
        labelEn
      }
    }
    relationshipTypes: vocabulary(name: "relationshipType") {
      terms {
        key
        labelDe
        labelEn
      }
    }
  }
`;

/** Where readers send feedback, as the operator configured it. */
export const SITE_QUERY = /* GraphQL */ `
  query Site {
    site {
      feedbackEmail
      feedbackUrl
    }
  }
`;

export const APP_OPERATIONS: readonly string[] = [VOCABULARY_LABELS_QUERY, SITE_QUERY];
