// Makes each region's PART_OF relationship point to exactly its parent (none for a state).
// Parameters: $rows (list of {id, partOf: region id or null})
// Columns: regions (count)
UNWIND $rows AS row
MATCH (r:Region {id: row.id})
CALL (r, row) {
  MATCH (r)-[old:PART_OF]->(p:Region)
  WHERE p.id <> coalesce(row.partOf, '')
  DELETE old
}
CALL (r, row) {
  MATCH (p:Region {id: row.partOf})
  MERGE (r)-[:PART_OF]->(p)
}
RETURN count(r) AS regions
