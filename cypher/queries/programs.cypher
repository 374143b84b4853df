// Answers: Query.programs — one page of programs matching every given filter (a null parameter is no filter), in a
//          stable order (sort key, then id), with the number of all matches: one statement for count and page.
// Parameters: $kinds (list of programKind keys or null), $region (region id or null),
//             $regionScope ('EXACT', 'WITHIN' or 'REACHING'), $topic, $targetGroup, $partOf, $actor (ids or null),
//             $activeAt ('YYYY-MM-DD' or null), $text (Lucene query for the entity_text index, or null),
//             $order ('NAME', 'ID' or 'LAST_VERIFIED'), $afterKey, $afterId (the cursor's position, or null for the
//             first page), $take (page size + 1)
// Columns: totalCount, page (list of maps of the programs' properties plus labels, sourceIds and sortKey)
CALL () {
  // Aggregating keeps one row when there is no text, so the rest of the statement runs either way.
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', text) YIELD node
  RETURN collect(node) AS textHits
}
MATCH (n:Program)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($text IS NULL OR n IN textHits)
  AND ($region IS NULL OR CASE $regionScope
    WHEN 'EXACT' THEN EXISTS { (n)-[:ACTIVE_IN]->(:Region {id: $region}) }
    WHEN 'REACHING' THEN
      EXISTS { (n)-[:ACTIVE_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
      OR EXISTS { (:Region {id: $region})-[:PART_OF*1..]->(:Region)<-[:ACTIVE_IN]-(n) }
    ELSE EXISTS { (n)-[:ACTIVE_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
  END)
  AND ($topic IS NULL OR EXISTS { (n)-[:ADDRESSES]->(:Topic {id: $topic}) })
  AND ($targetGroup IS NULL OR EXISTS { (n)-[:TARGETS]->(:TargetGroup {id: $targetGroup}) })
  AND ($partOf IS NULL OR EXISTS { (n)-[:PART_OF*1..]->(:Program {id: $partOf}) })
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:RUNS|FUNDS]->(n) })
  AND ($activeAt IS NULL OR (
    (n.sinceDate IS NULL OR n.sinceDate <= date($activeAt))
    AND (n.untilDate IS NULL OR n.untilDate >= date($activeAt))))
WITH n, CASE $order
  WHEN 'ID' THEN ''
  WHEN 'LAST_VERIFIED' THEN coalesce(toString(n.lastVerified), '')
  ELSE coalesce(n.nameKey, toLower(n.name), '')
END AS sortKey
ORDER BY sortKey, n.id
WITH collect({node: n, sortKey: sortKey}) AS matches
WITH size(matches) AS totalCount,
     [m IN matches
      WHERE $afterId IS NULL OR m.sortKey > $afterKey OR (m.sortKey = $afterKey AND m.node.id > $afterId)
     ][0..$take] AS page
RETURN totalCount,
       COLLECT {
         UNWIND page AS m
         WITH m.node AS n, m.sortKey AS sortKey
         RETURN n {.*,
                   labels: labels(n),
                   sortKey: sortKey,
                   sourceIds: COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }}
         ORDER BY sortKey, n.id
       } AS page
