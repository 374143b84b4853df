// Records one applied schema migration (idempotent: MERGE on the constrained id).
// Parameters: $id (string, file name without .cypher), $checksum (string, sha256 of the file)
// Columns: id
MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.appliedAt = datetime(), m.checksum = $checksum
RETURN m.id AS id
