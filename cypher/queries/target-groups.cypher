// Answers: Query.targetGroups — all target groups, by German label.
// Parameters: none.
// Columns: targetGroup (map of the target group's properties plus labels and sourceIds)
MATCH (n:TargetGroup)
RETURN n {.*,
          labels: labels(n),
          sourceIds: COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }} AS targetGroup
ORDER BY coalesce(n.nameKey, toLower(n.name)), n.id
