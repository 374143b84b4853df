// Answers: what a delete must not leave dangling — sub-regions of a region, and the records, relationships and
// terms that cite a source (these always stop a delete) — and the contacts of an actor (deleted with it only on
// `detach`). The relationships a detach removes are read with export/read-relationships-touching.
// Parameters: $id
// Columns: subRegions (ids), citingNodes (ids), citingLinks (count), citingTerms (vocabulary:key), contacts (ids)
MATCH (n:Entity {id: $id})
RETURN COLLECT { MATCH (c:Region)-[:PART_OF]->(n) WHERE n:Region RETURN c.id ORDER BY c.id } AS subRegions,
       COLLECT { MATCH (m:Entity)-[:SOURCED_FROM]->(n) RETURN m.id ORDER BY m.id } AS citingNodes,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE n:Source AND $id IN r.sources } AS citingLinks,
       COLLECT {
         MATCH (t:Term)
         WHERE n:Source AND $id IN t.sources
         RETURN t.vocabulary + ':' + t.key AS term ORDER BY term
       } AS citingTerms,
       COLLECT { MATCH (c:Contact)-[:CONTACT_OF]->(n) RETURN c.contactId ORDER BY c.contactId } AS contacts
