// Deletes a node with its relationships and its contacts, after the caller has checked that it may (see
// delete-blockers) and read what goes with it for the audit trail.
// Parameters: $id
// Columns: contacts (count of contacts deleted with it)
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (c:Contact)-[:CONTACT_OF]->(n)
WITH n, collect(c) AS contacts
FOREACH (c IN contacts | DETACH DELETE c)
DETACH DELETE n
RETURN size(contacts) AS contacts
