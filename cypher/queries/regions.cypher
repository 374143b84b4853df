// Answers: Query.regions — one page of regions matching every given filter (a null parameter is no filter), in a
//          stable order (sort key, then id), with the number of all matches: one statement for count and page.
// Parameters: $level (regionLevel key or null), $country ('DE', 'AT' or null), $parent (region id or null),
//             $text (Lucene query for the entity_text index, or null), $order ('NAME', 'ID' or 'LAST_VERIFIED'),
//             $afterKey, $afterId (the cursor's position, or null for the first page), $take (page size + 1)
// Columns: totalCount, page (list of maps of the regions' properties plus labels, sourceIds and sortKey)
CALL () {
  // Aggregating keeps one row when there is no text, so the rest of the statement runs either way.
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', text) YIELD node
  RETURN collect(node) AS textHits
}
MATCH (n:Region)
WHERE ($level IS NULL OR n.level = $level)
  AND ($country IS NULL OR n.country = $country)
  AND ($parent IS NULL OR EXISTS { (n)-[:PART_OF]->(:Region {id: $parent}) })
  AND ($text IS NULL OR n IN textHits)
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
