// Answers: one contact with its actor, taking its write lock (it is read before an update or removal in the same
// transaction, and what is read must not change until then).
// Parameters: $contactId
// Columns: contact (map of the stored properties plus actorId)
MATCH (c:Contact {contactId: $contactId})-[:CONTACT_OF]->(a:Actor)
SET c.lockedByAdminApi = true
REMOVE c.lockedByAdminApi
RETURN c {.*, actorId: a.id} AS contact
