// Answers: Query.vocabularies and Query.vocabulary — the controlled vocabularies with their terms by key: the
//          :Term vocabularies, plus topics and target groups (kept as nodes) shown as terms with their id as key.
// Parameters: $name (a vocabulary's name, or null for all)
// Columns: name, terms (list of maps {vocabulary, key, labelDe, labelEn, definition, sources, lastVerified,
//          broader})
CALL () {
  MATCH (t:Term)
  RETURN t.vocabulary AS name, t {.*} AS term
  UNION ALL
  MATCH (t:Topic)
  RETURN 'topic' AS name,
         {vocabulary: 'topic', key: t.id, labelDe: t.labelDe, labelEn: t.labelEn, definition: t.definition,
          lastVerified: t.lastVerified, broader: t.broader,
          sources: COLLECT { MATCH (t)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }} AS term
  UNION ALL
  MATCH (t:TargetGroup)
  RETURN 'targetGroup' AS name,
         {vocabulary: 'targetGroup', key: t.id, labelDe: t.labelDe, labelEn: t.labelEn, definition: t.definition,
          lastVerified: t.lastVerified, broader: t.broader,
          sources: COLLECT { MATCH (t)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }} AS term
}
WITH name, term
WHERE $name IS NULL OR name = $name
ORDER BY name, term.key
RETURN name, collect(term) AS terms
ORDER BY name
