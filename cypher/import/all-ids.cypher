// Answers: the ids of the database with their labels, for "did you mean" when an import names an id that is
// nowhere (run only then). Capped: a bigger database suggests from the first ids in id order.
// Parameters: $limit (int)
// Columns: id, labels, kind, country, level, code (as existing-nodes, so the same mapping applies)
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, n.kind AS kind, n.country AS country, n.level AS level, n.code AS code
ORDER BY n.id
LIMIT $limit
