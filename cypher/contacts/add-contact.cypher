// Stores a contact person of an actor (Mutation.addContact). Contacts are :Contact nodes without :Entity and
// without an `id` property, so the export, the importer and the reading queries never see them.
// Parameters: $actorId, $contactId (new uuid), $props (map: name, role, email, phone, consentGiven, note;
//             nulls are not stored), $consentDate (YYYY-MM-DD)
// Columns: contact (map of the stored properties plus actorId), or no row when the actor does not exist
MATCH (a:Actor {id: $actorId})
CREATE (c:Contact {contactId: $contactId})-[:CONTACT_OF]->(a)
SET c += $props,
    c.consentDate = date($consentDate),
    c.createdAt = datetime.truncate('millisecond', datetime.transaction()),
    c.updatedAt = c.createdAt
RETURN c {.*, actorId: a.id} AS contact
