// Takes a generated tier out again between benchmark rounds: its nodes with their relationships, in batches.
// Parameters: $ids (list of Entity ids)
// Columns: none.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
