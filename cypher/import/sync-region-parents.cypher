// Makes each region's PART_OF relationship point to exactly its parent (none for a state).
// Parameters: $rows (list of {id, partOf: region id or null})
// Columns: regions (count), linked (count of rows with a parent whose PART_OF is now present; the writer compares
//          it with its rows that name a parent, so a parent deleted meanwhile is noticed)
UNWIND $rows AS row
MATCH (r:Region {id: row.id})
CALL (r, row) {
  MATCH (r)-[old:PART_OF]->(p:Region)
  WHERE p.id <> coalesce(row.partOf, '')
  DELETE old
}
CALL (r, row) {
  OPTIONAL MATCH (p:Region {id: row.partOf})
  FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (r)-[:PART_OF]->(parent))
  RETURN count(p) AS linked
}
RETURN count(r) AS regions, sum(linked) AS linked
