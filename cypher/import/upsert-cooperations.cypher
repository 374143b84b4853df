// Creates or updates COOPERATES_WITH, which is mutual: stored once per pair and kind, found in either direction.
// A row whose end is missing writes nothing and is not counted: the writer compares `written` with its rows.
// Parameters: $rows (list of {from, to, kind, props, lastVerified, sinceStart, untilEnd})
// Columns: written (count), created (count of relationships that did not exist before)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH {kind: row.kind}]-(b)
  ON CREATE SET r.createdByImport = true
WITH r, row, r.createdByImport IS NOT NULL AS isNew
SET r = row.props
SET r.lastVerified = date(row.lastVerified),
    r.sinceDate = date(row.sinceStart),
    r.untilDate = date(row.untilEnd)
RETURN count(r) AS written, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
