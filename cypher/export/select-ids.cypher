// Answers: the ids of a filtered part of the graph, closed under what an import needs: the chosen actors,
// programs and measures, plus the topics, target groups, regions (with all their ancestors) and sources they
// refer to.
// Parameters: $region (region id or null: things active in or located in it or any of its parts),
//             $labels (list of Actor, Program, Measure, or a kind label such as Agency; null for all)
// Columns: ids (list)
MATCH (n:Entity)
WHERE (n:Actor OR n:Program OR n:Measure)
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND ($region IS NULL OR EXISTS {
    MATCH (n)-[:ACTIVE_IN|LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region})
  })
WITH collect(n) AS core
CALL (core) {
  UNWIND core AS c
  MATCH (c)-[:ADDRESSES|TARGETS|ACTIVE_IN|LOCATED_IN]->(ref)
  RETURN collect(DISTINCT ref) AS refs
}
CALL (core, refs) {
  UNWIND core + refs AS x
  MATCH (x:Region)-[:PART_OF*1..]->(ancestor:Region)
  RETURN collect(DISTINCT ancestor) AS ancestors
}
CALL (core, refs, ancestors) {
  UNWIND core + refs + ancestors AS x
  MATCH (x)-[:SOURCED_FROM]->(s:Source)
  RETURN collect(DISTINCT s) AS sources
}
UNWIND core + refs + ancestors + sources AS picked
RETURN collect(DISTINCT picked.id) AS ids
