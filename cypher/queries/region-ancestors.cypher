// Answers: Region.ancestors — for each of a batch of regions, every region it lies in, nearest first.
// Parameters: $ids (list of region ids)
// Columns: id, ancestors (list of maps of the regions' properties plus labels and sourceIds)
UNWIND $ids AS id
MATCH (r:Region {id: id})
RETURN id,
       COLLECT {
         MATCH p = (r)-[:PART_OF*1..]->(a:Region)
         RETURN a {.*,
                   labels: labels(a),
                   sourceIds: COLLECT { MATCH (a)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }}
         ORDER BY length(p)
       } AS ancestors
