// Answers: actors, programs and measures whose name or alias folds to one of the given keys (likely duplicates).
// Scans nameKeys lists: no index serves list membership. Fine for thousands of entries.
// TODO(national-scale benchmark): if this shows up, index one node per name key instead.
// Parameters: $keys (list of name keys, see server/domain/name-key.ts)
// Columns: id, labels, name, aliases, regionIds (regions it is LOCATED_IN or ACTIVE_IN)
MATCH (n:Entity)
WHERE (n:Actor OR n:Program OR n:Measure) AND any(k IN n.nameKeys WHERE k IN $keys)
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases,
       COLLECT { MATCH (n)-[:LOCATED_IN|ACTIVE_IN]->(r:Region) RETURN DISTINCT r.id } AS regionIds
