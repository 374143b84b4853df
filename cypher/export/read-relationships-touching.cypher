// Reads the importable relationships that start or end at any of the given nodes (the import's diff).
// Parameters: $ids (list of node ids)
// Columns: type, from, to, props
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT r:SOURCED_FROM
  AND NOT (a:Region AND b:Region)
  AND (a.id IN $ids OR b.id IN $ids)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY type, from, to
