// Answers: Query.path — all shortest paths between two actors over cooperations and memberships, in either
//          direction, of at most $maxLength relationships (the pattern's own bound, 6, is the API's maximum).
// Parameters: $from, $to (actor ids; different), $maxLength (integer, 1–6), $maxPaths (integer)
// Columns: fromFound, toFound (booleans), paths (list of {nodes: list of {id, name, labels}, edges: list of
//          {id, source, target, type, role, kind, claim, reach, sources}}), ordered by the ids along them
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
RETURN a IS NOT NULL AS fromFound,
       b IS NOT NULL AS toFound,
       COLLECT {
         MATCH p = allShortestPaths((a)-[:COOPERATES_WITH|MEMBER_OF*..6]-(b))
         WHERE length(p) <= $maxLength
         WITH p, [n IN nodes(p) | n.id] AS ids
         ORDER BY ids
         LIMIT $maxPaths
         RETURN {
           nodes: [n IN nodes(p) | {id: n.id, name: coalesce(n.name, n.id), labels: labels(n), distance: null}],
           edges: [r IN relationships(p) | {id: elementId(r), source: startNode(r).id, target: endNode(r).id,
                                             type: type(r), role: r.role, kind: r.kind, claim: r.claim,
                                             reach: CASE type(r) WHEN 'ACTIVE_IN' THEN coalesce(r.reach, 'whole')
                                                    ELSE r.reach END,
                                             sources: coalesce(r.sources, [])}]
         } AS path
       } AS paths
