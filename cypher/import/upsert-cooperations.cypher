// Creates or updates COOPERATES_WITH, which is mutual: stored once per pair and kind, found in either direction.
// Parameters: $rows (list of {from, to, kind, props, lastVerified, sinceStart, untilEnd})
// Columns: written (count)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH {kind: row.kind}]-(b)
SET r = row.props
SET r.lastVerified = date(row.lastVerified),
    r.sinceDate = date(row.sinceStart),
    r.untilDate = date(row.untilEnd)
RETURN count(r) AS written
