// Deletes the record a merge dropped, after its relationships were written at the record kept and its contacts
// moved — only if it holds exactly the relationships the merge read. One more (written by a writer that took no
// lock on the node) deletes nothing, and the caller refuses with CONFLICT instead of losing it unaudited.
// Parameters: $drop (id), $expected (integer: relationships of $drop the merge read, SOURCED_FROM not counted)
// Columns: found (relationships of $drop besides SOURCED_FROM), deleted (boolean)
MATCH (drop:Entity {id: $drop})
WITH drop, COUNT { (drop)-[r]-() WHERE NOT r:SOURCED_FROM } AS found
FOREACH (d IN CASE WHEN found = $expected THEN [drop] ELSE [] END | DETACH DELETE d)
RETURN found, found = $expected AS deleted
