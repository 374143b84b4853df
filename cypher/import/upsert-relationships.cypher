// Creates or updates directed relationships; one per (type, from, to), so a changed role updates in place.
// The type comes from the importer's fixed list of relationship types (never from user text). A row whose end is
// missing writes nothing and is not counted: the writer compares `written` with its rows and refuses (CONFLICT).
// Parameters: $rows (list of {type, from, to, props, lastVerified, sinceStart, untilEnd})
// Columns: written (count), created (count of relationships that did not exist before)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
  ON CREATE SET r.createdByImport = true
WITH r, row, r.createdByImport IS NOT NULL AS isNew
SET r = row.props
SET r.lastVerified = date(row.lastVerified),
    r.sinceDate = date(row.sinceStart),
    r.untilDate = date(row.untilEnd)
RETURN count(r) AS written, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
