// Moves contacts of the record a merge drops to the record it keeps (their one CONTACT_OF is replaced) and stamps
// updatedAt. Only the contacts the merge read and locked; the caller compares the count.
// Parameters: $keep, $drop (ids), $contactIds (list of contactId)
// Columns: contact (map of the stored properties plus actorId, now the kept record's)
MATCH (keep:Actor {id: $keep})
UNWIND $contactIds AS contactId
MATCH (c:Contact {contactId: contactId})-[r:CONTACT_OF]->(:Actor {id: $drop})
DELETE r
CREATE (c)-[:CONTACT_OF]->(keep)
SET c.updatedAt = datetime.truncate('millisecond', datetime.transaction())
RETURN c {.*, actorId: keep.id} AS contact
