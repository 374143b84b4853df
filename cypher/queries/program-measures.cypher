// Answers: Program.measures — for each of a batch of programs, every measure inside it, directly or through its
//          focal points and sub-programs (PART_OF followed any number of times), ordered by name.
// Parameters: $ids (list of program ids)
// Columns: id, measures (list of maps of the measures' properties plus labels and sourceIds)
UNWIND $ids AS id
MATCH (p:Program {id: id})
RETURN id,
       COLLECT {
         MATCH (m:Measure)-[:PART_OF*1..]->(p)
         WITH DISTINCT m
         RETURN m {.*,
                   labels: labels(m),
                   sourceIds: COLLECT { MATCH (m)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }}
         ORDER BY coalesce(m.nameKey, toLower(m.name)), m.id
       } AS measures
