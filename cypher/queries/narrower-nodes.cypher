// Answers: Topic.narrower and TargetGroup.narrower — for each of a batch of topics or target groups, those of the
//          same label whose `broader` property holds its id, ordered by name.
// Parameters: $ids (list of topic or target group ids)
// Columns: id, narrower (list of maps of the nodes' properties plus labels and sourceIds)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n:Topic OR n:TargetGroup
RETURN id,
       COLLECT {
         MATCH (m:Topic|TargetGroup)
         WHERE m.broader = n.id AND ((n:Topic AND m:Topic) OR (n:TargetGroup AND m:TargetGroup))
         RETURN m {.*,
                   labels: labels(m),
                   sourceIds: COLLECT { MATCH (m)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }}
         ORDER BY coalesce(m.nameKey, toLower(m.name)), m.id
       } AS narrower
