// Answers: Query.actorContacts — whether the actor exists, and its contacts by name.
// Parameters: $actorId
// Columns: actorFound (boolean), contacts (list of maps of the stored properties plus actorId)
OPTIONAL MATCH (a:Actor {id: $actorId})
RETURN a IS NOT NULL AS actorFound,
       COLLECT {
         MATCH (c:Contact)-[:CONTACT_OF]->(a)
         RETURN c {.*, actorId: a.id} AS contact ORDER BY c.name, c.contactId
       } AS contacts
