// Answers: Query.actors — one page of actors matching every given filter (a null parameter is no filter), in a
//          stable order (sort key, then id), with the number of all matches: one statement for count and page.
//          `$kinds` matches an actor whose kind is listed or lies below a listed kind (following the terms'
//          `broader` down, at most 10 steps as MAX_BROADER_DEPTH), or whose class label is in $classLabels.
// Parameters: $kinds (list of actorKind keys or null), $classLabels (the labels of the listed kinds that are
//             actor classes, e.g. ['CivilSocietyOrganisation']; empty when none), $region (region id or null),
//             $regionScope ('EXACT', 'WITHIN' or 'REACHING'), $topic, $targetGroup, $program, $memberOf (ids or
//             null), $minMemberships (integer or null), $activeAt ('YYYY-MM-DD' or null),
//             $text (Lucene query for the entity_text index, or null), $order ('NAME', 'ID' or 'LAST_VERIFIED'),
//             $afterKey, $afterId (the cursor's position, or null for the first page), $take (page size + 1)
// Columns: totalCount, page (list of maps of the actors' properties plus labels, sourceIds and sortKey)
CALL () {
  // Aggregating keeps one row when there is no text, so the rest of the statement runs either way.
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', text) YIELD node
  RETURN collect(node) AS textHits
}
CALL () {
  OPTIONAL MATCH (t:Term {vocabulary: 'actorKind'})
  WITH collect([t.key, t.broader]) AS pairs
  RETURN CASE WHEN $kinds IS NULL THEN null
    ELSE reduce(acc = $kinds, step IN range(1, 10) | acc + [p IN pairs WHERE p[1] IN acc AND NOT p[0] IN acc | p[0]])
  END AS kinds
}
MATCH (n:Actor)
WHERE (kinds IS NULL OR n.kind IN kinds OR any(label IN labels(n) WHERE label IN $classLabels))
  AND ($text IS NULL OR n IN textHits)
  AND ($region IS NULL OR CASE $regionScope
    WHEN 'EXACT' THEN EXISTS { (n)-[:ACTIVE_IN|LOCATED_IN]->(:Region {id: $region}) }
    WHEN 'REACHING' THEN
      EXISTS { (n)-[:ACTIVE_IN|LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
      OR EXISTS { (:Region {id: $region})-[:PART_OF*1..]->(:Region)<-[:ACTIVE_IN|LOCATED_IN]-(n) }
    ELSE EXISTS { (n)-[:ACTIVE_IN|LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
  END)
  AND ($topic IS NULL OR EXISTS { (n)-[:PROVIDES|RUNS|FUNDS]->()-[:ADDRESSES]->(:Topic {id: $topic}) })
  AND ($targetGroup IS NULL
    OR EXISTS { (n)-[:PROVIDES|RUNS|FUNDS]->()-[:TARGETS]->(:TargetGroup {id: $targetGroup}) })
  AND ($program IS NULL OR EXISTS { (n)-[:PROVIDES|RUNS|FUNDS]->()-[:PART_OF*0..]->(:Program {id: $program}) })
  AND ($memberOf IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Body {id: $memberOf}) })
  AND ($minMemberships IS NULL OR COUNT { (n)-[:MEMBER_OF]->(:Body) } >= $minMemberships)
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
