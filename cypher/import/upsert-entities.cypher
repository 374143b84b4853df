// Creates or replaces domain nodes by id (idempotent: MERGE on the unique Entity.id). Properties are replaced as
// a whole, so a field the record no longer has is removed. Labels come from the importer's fixed map of kinds
// (never from user text); an actor whose kind changed loses its old kind label.
// Parameters: $rows (list of {id, labels, props, lastVerified, sinceStart, untilEnd}), $kindLabels (list)
// Columns: written (count)
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n.lastVerified = date(row.lastVerified),
    n.sinceDate = date(row.sinceStart),
    n.untilDate = date(row.untilEnd)
REMOVE n:$($kindLabels)
SET n:$(row.labels)
RETURN count(n) AS written
