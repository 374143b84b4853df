// Answers: Query.kreisCoverage — for every Kreis (level kreis, or bezirk in Austria) inside a Land or a whole
//          country (PART_OF, any depth; `de`: every German Kreis, about 400, in this one statement), how many
//          programs and measures reach it on a day, FULL and PARTIAL, by the reach rules of Region.offers
//          (cypher/queries/region-offers.cypher), counting only those of one cell of the matrix when
//          $topicIds / $groupIds are given; a Kreis without any offer is listed with 0.
// Parameters: $land (region id: a Land, a Regierungsbezirk or a country), $activeAt ('YYYY-MM-DD'), $statedOnly
//             (boolean: only ACTIVE_IN, ADDRESSES and TARGETS with claim 'stated'), $fromAbove (boolean: count
//             whole placements in the regions above), $topicIds (ids of the topics that count in the row: the
//             topic and, rolled up, its narrower ones; null: any topic, or none), $groupIds (likewise for target
//             groups)
// Columns: id, name, population (or null), count, full, partial (distinct initiatives), ordered by name; no row
//          when $land is no region
MATCH (land:Region {id: $land})
MATCH (k:Region)-[:PART_OF*1..]->(land)
WHERE k.level IN ['kreis', 'bezirk']
WITH DISTINCT k, date($activeAt) AS day
CALL (k, day) {
  CALL (k) {
    MATCH (k)-[up:PART_OF*0..]->(via:Region)<-[a:ACTIVE_IN]-(i:Entity)
    WHERE (size(up) = 0 OR $fromAbove) AND coalesce(a.reach, 'whole') = 'whole'
    RETURN i, a, 0 AS strength
    UNION ALL
    MATCH (k)<-[a:ACTIVE_IN]-(i:Entity)
    WHERE a.reach IN ['namedPlaces', 'unknownPlaces']
    RETURN i, a, 1 AS strength
    UNION ALL
    MATCH (k)<-[:PART_OF*1..]-(:Region)<-[a:ACTIVE_IN]-(i:Entity)
    RETURN i, a, 1 AS strength
  }
  WITH i, a, strength
  WHERE (i:Program OR i:Measure)
    AND (NOT $statedOnly OR a.claim = 'stated')
    AND (i.sinceDate IS NULL OR i.sinceDate <= day) AND (i.untilDate IS NULL OR i.untilDate >= day)
    AND (a.sinceDate IS NULL OR a.sinceDate <= day) AND (a.untilDate IS NULL OR a.untilDate >= day)
  WITH i, min(strength) AS strength
  WHERE ($topicIds IS NULL OR EXISTS {
      MATCH (i)-[x:ADDRESSES]->(t:Topic)
      WHERE t.id IN $topicIds AND (NOT $statedOnly OR x.claim = 'stated')
        AND (x.sinceDate IS NULL OR x.sinceDate <= day) AND (x.untilDate IS NULL OR x.untilDate >= day) })
    AND ($groupIds IS NULL OR EXISTS {
      MATCH (i)-[x:TARGETS]->(g:TargetGroup)
      WHERE g.id IN $groupIds AND (NOT $statedOnly OR x.claim = 'stated')
        AND (x.sinceDate IS NULL OR x.sinceDate <= day) AND (x.untilDate IS NULL OR x.untilDate >= day) })
  RETURN count(i) AS count, count(CASE WHEN strength = 0 THEN i END) AS full
}
RETURN k.id AS id, k.name AS name, k.population AS population, count, full, count - full AS partial
ORDER BY coalesce(k.nameKey, toLower(k.name)), k.id
