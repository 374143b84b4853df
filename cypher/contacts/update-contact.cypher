// Replaces a contact's fields (Mutation.updateContact); the caller sends the whole validated contact.
// Parameters: $contactId, $props (map: name, role, email, phone, consentGiven, note; nulls are not stored),
//             $consentDate (YYYY-MM-DD)
// Columns: contact (map of the stored properties plus actorId)
MATCH (c:Contact {contactId: $contactId})-[:CONTACT_OF]->(a:Actor)
WITH c, a, c.createdAt AS createdAt
SET c = $props
SET c.contactId = $contactId,
    c.consentDate = date($consentDate),
    c.createdAt = createdAt,
    c.updatedAt = datetime.truncate('millisecond', datetime.transaction())
RETURN c {.*, actorId: a.id} AS contact
