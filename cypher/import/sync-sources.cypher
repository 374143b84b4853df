// Makes each node's SOURCED_FROM relationships exactly its list of sources.
// Parameters: $rows (list of {id, sources: list of source ids})
// Columns: linked (count of SOURCED_FROM relationships now present for these nodes)
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n, row) {
  MATCH (n)-[old:SOURCED_FROM]->(s:Source)
  WHERE NOT s.id IN row.sources
  DELETE old
}
CALL (n, row) {
  UNWIND row.sources AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (n)-[:SOURCED_FROM]->(s)
  RETURN count(*) AS linked
}
RETURN sum(linked) AS linked
