// Creates or updates directed relationships; one per (type, from, to), so a changed role updates in place.
// The type comes from the importer's fixed list of relationship types (never from user text).
// Parameters: $rows (list of {type, from, to, props, lastVerified, sinceStart, untilEnd})
// Columns: written (count)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props
SET r.lastVerified = date(row.lastVerified),
    r.sinceDate = date(row.sinceStart),
    r.untilDate = date(row.untilEnd)
RETURN count(r) AS written
