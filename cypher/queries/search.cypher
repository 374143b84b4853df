// Answers: Query.search — full-text hits over the entity_text index (German analyzer), best first.
// Parameters: $query (Lucene query built from the user's text, operators escaped), $labels (list: a hit must
//             carry one of these labels), $first (integer, 1–100)
// Columns: node (map of the node's properties plus labels and sourceIds), score (float)
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS n, score
WHERE any(label IN labels(n) WHERE label IN $labels)
WITH n, score
ORDER BY score DESC, n.id
LIMIT $first
RETURN n {.*,
          labels: labels(n),
          sourceIds: COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }} AS node,
       score
