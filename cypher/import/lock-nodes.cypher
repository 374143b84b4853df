// Takes the write lock on the nodes a write is about to change or rely on (its own records that are stored, the
// sources, parents and relationship ends it refers to) and answers which of them exist. Held until the
// transaction ends, so none of them can be deleted or changed by another writer between this check and the
// commit; one deleted before it is missing from the answer, and the writer refuses (CONFLICT) rather than re-create
// it or silently skip a relationship to it. Setting and removing a property takes the lock and leaves the node as
// it was. The caller sorts the ids, so concurrent writers lock in the same order.
// Parameters: $ids (list of ids, sorted)
// Columns: found (list of the ids that exist)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.lockedByImport = true
REMOVE n.lockedByImport
RETURN collect(n.id) AS found
