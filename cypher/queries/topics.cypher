// Answers: Query.topics — all topics, or only the cross-cutting ones (or only the others), by German label.
// Parameters: $crossCutting (boolean or null for all; a topic stored without the flag is not cross-cutting)
// Columns: topic (map of the topic's properties plus labels and sourceIds)
MATCH (n:Topic)
WHERE $crossCutting IS NULL OR coalesce(n.crossCutting, false) = $crossCutting
RETURN n {.*,
          labels: labels(n),
          sourceIds: COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }} AS topic
ORDER BY coalesce(n.nameKey, toLower(n.name)), n.id
