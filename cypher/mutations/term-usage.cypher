// Answers: which records and relationships use a vocabulary term's key (a term in use cannot be deleted).
// Labels, types and property names come from the code's fixed map of vocabularies, never from user text.
// Parameters: $labels (labels whose nodes may hold the key), $nodeProperty (kind, bodyKind or level),
//             $types (relationship types that may hold it), $linkProperty (role or kind), $key
// Columns: nodes (the first 20 ids in order), nodeCount, linkCount
CALL () {
  MATCH (n:Entity)
  WHERE any(label IN labels(n) WHERE label IN $labels) AND n[$nodeProperty] = $key
  WITH n ORDER BY n.id
  RETURN collect(n.id) AS ids
}
RETURN ids[0..20] AS nodes,
       size(ids) AS nodeCount,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types AND r[$linkProperty] = $key } AS linkCount
