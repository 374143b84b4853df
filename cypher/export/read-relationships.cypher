// Reads the importable relationships (not SOURCED_FROM, not region PART_OF) among a set of nodes, or all.
// Parameters: $ids (list of node ids whose relationships among each other are wanted, or null for all)
// Columns: type, from, to, props
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT r:SOURCED_FROM
  AND NOT (a:Region AND b:Region)
  AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY type, from, to
