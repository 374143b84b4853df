// Moves every relationship of $drop to $keep (the merge of two duplicate nodes), then deletes $drop.
// A relationship $keep already has to the same node with the same type is kept and gains the moved one's
// sources; relationships between the two nodes themselves disappear with $drop. Types are copied from the
// existing relationships, never taken from user text.
// Parameters: $keep, $drop (ids)
// Columns: moved (number of relationships moved or folded into existing ones)
MATCH (keep:Entity {id: $keep})
MATCH (drop:Entity {id: $drop})
CALL (keep, drop) {
  MATCH (drop)-[r]->(other)
  WHERE other <> keep
  WITH keep, r, other, type(r) AS relType, properties(r) AS props
  MERGE (keep)-[moved:$(relType)]->(other)
  ON CREATE SET moved = props
  ON MATCH SET moved.sources = reduce(acc = [], s IN coalesce(moved.sources, []) + coalesce(props.sources, []) |
    CASE WHEN s IN acc THEN acc ELSE acc + s END)
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (keep, drop) {
  MATCH (other)-[r]->(drop)
  WHERE other <> keep
  WITH keep, r, other, type(r) AS relType, properties(r) AS props
  MERGE (other)-[moved:$(relType)]->(keep)
  ON CREATE SET moved = props
  ON MATCH SET moved.sources = reduce(acc = [], s IN coalesce(moved.sources, []) + coalesce(props.sources, []) |
    CASE WHEN s IN acc THEN acc ELSE acc + s END)
  DELETE r
  RETURN count(*) AS incoming
}
DETACH DELETE drop
RETURN outgoing + incoming AS moved
