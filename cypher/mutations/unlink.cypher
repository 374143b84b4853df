// Deletes one relationship: Mutation.unlink, and the first half of updateLink. A directed type is matched from
// $from to $to; a mutual one (COOPERATES_WITH) in either direction and by its kind. The type comes from the
// fixed list of relationship types.
// Parameters: $type, $from, $to, $kind (the cooperation kind, or null), $mutual (boolean)
// Columns: deleted (count)
MATCH (a:Entity {id: $from})-[r]-(b:Entity {id: $to})
WHERE type(r) = $type
  AND (startNode(r) = a OR $mutual)
  AND (NOT $mutual OR r.kind = $kind)
DELETE r
RETURN count(*) AS deleted
