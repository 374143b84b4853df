// Answers: Query.node and the other lookups by id (actor, program, measure, region, topic, targetGroup, source),
//          and the sources that nested fields refer to — a whole batch of ids in one statement.
// Parameters: $ids (list of entity ids)
// Columns: id, node (map of the node's properties plus labels and sourceIds; null when no readable entity has the
//          id — vocabulary terms, schema ledger entries and nodes of other kinds are not readable here)
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
  WHERE n:Actor OR n:Program OR n:Measure OR n:Topic OR n:TargetGroup OR n:Region OR n:Source
RETURN id,
       n {.*,
          labels: labels(n),
          sourceIds: COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }
       } AS node
