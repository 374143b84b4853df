// Creates or replaces domain nodes by id (idempotent: MERGE on the unique Entity.id). Properties are replaced as
// a whole, so a field the record no longer has is removed. Labels come from the importer's fixed map of kinds
// (never from user text); an actor whose kind changed loses its old kind label. Answers which ids the MERGE found
// stored (the flag set on creation is wiped by the property replacement), so the importer can tell a record
// created or deleted by someone else since it was planned (CONFLICT) from the create or update it audits.
// Parameters: $rows (list of {id, labels, props, lastVerified, sinceStart, untilEnd}), $kindLabels (list)
// Columns: written (count), matched (list of the ids that were stored already)
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.createdByImport = true
WITH n, row, n.createdByImport IS NULL AS stored
SET n = row.props
SET n.lastVerified = date(row.lastVerified),
    n.sinceDate = date(row.sinceStart),
    n.untilDate = date(row.untilEnd)
REMOVE n:$($kindLabels)
SET n:$(row.labels)
RETURN count(n) AS written, collect(CASE WHEN stored THEN n.id END) AS matched
