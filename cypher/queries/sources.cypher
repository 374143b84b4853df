// Answers: Query.sources — one page of sources in a stable order (sort key, then id), with the number of all
//          sources: one statement for count and page. Sources have no nameKey, so NAME sorts by the lower-cased title.
// Parameters: $order ('NAME', 'ID' or 'LAST_VERIFIED'), $afterKey, $afterId (the cursor's position, or null for
//             the first page), $take (page size + 1)
// Columns: totalCount, page (list of maps of the sources' properties plus labels, sourceIds and sortKey)
MATCH (n:Source)
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
