// Answers: the contacts of the record a merge drops, taking each one's write lock (they move to the record kept in
// the same transaction, and what is read must not change until then).
// Parameters: $drop (id of the record dropped)
// Columns: contact (map of the stored properties plus actorId)
MATCH (c:Contact)-[:CONTACT_OF]->(a:Entity {id: $drop})
SET c.lockedByAdminApi = true
REMOVE c.lockedByAdminApi
RETURN c {.*, actorId: a.id} AS contact
ORDER BY c.contactId
