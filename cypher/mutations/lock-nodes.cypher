// Takes the write lock on nodes before an admin write reads them in its own transaction, so what it compares,
// audits and overwrites cannot change underneath it (reads alone lock nothing under read-committed). Setting and
// removing a property takes the lock and leaves the node as it was. The caller sorts the ids, so two transactions
// lock in the same order.
// Parameters: $ids (list of ids, sorted)
// Columns: locked (count of nodes found)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.lockedByAdminApi = true
REMOVE n.lockedByAdminApi
RETURN count(n) AS locked
