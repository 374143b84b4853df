// Answers: the health of the database behind Query.health.
// Parameters: none.
// Content only (domain nodes and terms; not the migration ledger, audit trail or contacts).
// Columns: version, edition, nodes, relationships, migrationLevel (id of the newest applied migration or null),
//          migrationCount
CALL dbms.components() YIELD name, versions, edition
WITH versions[0] AS version, edition
WHERE name = 'Neo4j Kernel'
RETURN version, edition,
       COUNT { MATCH (n) WHERE n:Entity OR n:Term } AS nodes,
       COUNT { MATCH (:Entity)-[r]->(:Entity) } AS relationships,
       COLLECT { MATCH (m:SchemaMigration) RETURN m.id ORDER BY m.id DESC LIMIT 1 }[0] AS migrationLevel,
       COUNT { MATCH (m:SchemaMigration) } AS migrationCount
