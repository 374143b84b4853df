// Deletes a contact for good (Mutation.removeContact; also how a withdrawn consent is honoured).
// Parameters: $contactId
// Columns: removed (count)
MATCH (c:Contact {contactId: $contactId})
DETACH DELETE c
RETURN count(*) AS removed
