// Answers: Query.network with focus or region — the neighbourhood of a set of start nodes as nodes and edges, in
//          one statement. Start nodes are the focus ids, or everything placed (ACTIVE_IN / LOCATED_IN) in the
//          region or one of its sub-regions (and the regions themselves when $labels allows regions). From there
//          the graph is walked breadth-first up to $depth hops (at most 3) over relationships of $types in either
//          direction, through nodes with one of $labels only. Each level is capped at $cap = $limit + 1 nodes,
//          which is enough to fill the answer and to know that it was cut.
// Parameters: $focus (list of ids or null), $region (region id or null), $depth (integer 0–3), $labels (list of
//             labels), $types (list of relationship types), $statedOnly (boolean: only relationships, and
//             placements in $region, that a source states), $activeAt ('YYYY-MM-DD' or null), $limit (integer,
//             1–500), $cap (integer: $limit + 1)
// Columns: missing (focus ids that are no readable entity), regionFound (boolean, or null without $region),
//          nodes (list of {id, name, labels, distance}), edges (list of {id, source, target, type, role, kind,
//          claim, reach (ACTIVE_IN: 'whole' when not stored; null for other types), sources}), truncated (boolean)
CALL () {
  UNWIND coalesce($focus, []) AS id
  OPTIONAL MATCH (f:Entity {id: id})
    WHERE f:Actor OR f:Program OR f:Measure OR f:Topic OR f:TargetGroup OR f:Region OR f:Source
  WITH id, f ORDER BY id
  RETURN collect(f) AS focusNodes, [x IN collect({id: id, found: f IS NOT NULL}) WHERE NOT x.found | x.id] AS missing
}
CALL () {
  CALL () {
    MATCH (n:Entity)-[placement:ACTIVE_IN|LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $region})
    WHERE any(label IN labels(n) WHERE label IN $labels)
      AND (NOT $statedOnly OR placement.claim = 'stated')
    RETURN n
    UNION
    MATCH (n:Region)-[:PART_OF*0..]->(:Region {id: $region})
    WHERE 'Region' IN $labels
    RETURN n
  }
  WITH n ORDER BY n.id
  RETURN collect(n) AS placed
}
// Focus nodes stay whatever the filters say: they are what was asked for.
WITH missing, focusNodes + [n IN placed
  WHERE $activeAt IS NULL OR (
    (n.sinceDate IS NULL OR n.sinceDate <= date($activeAt))
    AND (n.untilDate IS NULL OR n.untilDate >= date($activeAt)))] AS level0
CALL (level0) {
  UNWIND level0 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE $depth >= 1 AND type(r) IN $types AND NOT b IN level0
    AND any(label IN labels(b) WHERE label IN $labels)
    AND (NOT $statedOnly OR r.claim = 'stated')
    AND ($activeAt IS NULL OR (
      (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
      AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
      AND (b.sinceDate IS NULL OR b.sinceDate <= date($activeAt))
      AND (b.untilDate IS NULL OR b.untilDate >= date($activeAt))))
  WITH DISTINCT b ORDER BY b.id LIMIT $cap
  RETURN collect(b) AS level1
}
CALL (level0, level1) {
  UNWIND level1 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE $depth >= 2 AND type(r) IN $types AND NOT b IN level0 AND NOT b IN level1
    AND any(label IN labels(b) WHERE label IN $labels)
    AND (NOT $statedOnly OR r.claim = 'stated')
    AND ($activeAt IS NULL OR (
      (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
      AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
      AND (b.sinceDate IS NULL OR b.sinceDate <= date($activeAt))
      AND (b.untilDate IS NULL OR b.untilDate >= date($activeAt))))
  WITH DISTINCT b ORDER BY b.id LIMIT $cap
  RETURN collect(b) AS level2
}
CALL (level0, level1, level2) {
  UNWIND level2 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE $depth >= 3 AND type(r) IN $types AND NOT b IN level0 AND NOT b IN level1 AND NOT b IN level2
    AND any(label IN labels(b) WHERE label IN $labels)
    AND (NOT $statedOnly OR r.claim = 'stated')
    AND ($activeAt IS NULL OR (
      (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
      AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
      AND (b.sinceDate IS NULL OR b.sinceDate <= date($activeAt))
      AND (b.untilDate IS NULL OR b.untilDate >= date($activeAt))))
  WITH DISTINCT b ORDER BY b.id LIMIT $cap
  RETURN collect(b) AS level3
}
WITH missing,
     [n IN level0 | {node: n, distance: 0}] + [n IN level1 | {node: n, distance: 1}]
       + [n IN level2 | {node: n, distance: 2}] + [n IN level3 | {node: n, distance: 3}] AS reached
WITH missing, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH missing, kept, truncated, [k IN kept | k.node] AS nodes
RETURN missing,
       CASE WHEN $region IS NULL THEN null ELSE EXISTS { (:Region {id: $region}) } END AS regionFound,
       [k IN kept | {id: k.node.id, name: coalesce(k.node.name, k.node.id), labels: labels(k.node),
                     distance: k.distance}] AS nodes,
       COLLECT {
         UNWIND nodes AS a
         MATCH (a)-[r]->(b)
         WHERE b IN nodes
           AND type(r) IN $types
           AND (NOT $statedOnly OR r.claim = 'stated')
           AND ($activeAt IS NULL OR (
             (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
             AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))))
         RETURN {id: elementId(r), source: a.id, target: b.id, type: type(r), role: r.role, kind: r.kind,
                 claim: r.claim,
                 reach: CASE type(r) WHEN 'ACTIVE_IN' THEN coalesce(r.reach, 'whole') ELSE r.reach END,
                 sources: coalesce(r.sources, [])} AS edge
         ORDER BY edge.source, edge.target, edge.type
       } AS edges,
       truncated
