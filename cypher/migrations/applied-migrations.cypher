// Answers: which schema migrations this database has applied, oldest first.
// Parameters: none.
// Columns: id (string), checksum (string), appliedAt (datetime)
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY m.id
