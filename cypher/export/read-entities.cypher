// Reads domain nodes with their sources and (for regions) their parent, for export and for the import's diff.
// Parameters: $ids (list of ids, or null for every node)
// Columns: id, labels, props (stored properties), sources (sorted source ids), partOf (parent region id or null)
MATCH (n:Entity)
WHERE $ids IS NULL OR n.id IN $ids
RETURN n.id AS id,
       labels(n) AS labels,
       properties(n) AS props,
       COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id } AS sources,
       COLLECT { MATCH (n:Region)-[:PART_OF]->(p:Region) RETURN p.id }[0] AS partOf
ORDER BY id
