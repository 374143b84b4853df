// Claims a new id inside a create's transaction: the uniqueness constraint on Entity.id makes this fail (CONFLICT)
// when the id exists or another transaction is creating it, where the importer's MERGE would silently update.
// The importer's upsert then completes the node.
// Parameters: $id
// Columns: id
CREATE (n:Entity {id: $id})
RETURN n.id AS id
