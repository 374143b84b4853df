// Answers: Query.network without focus or region — the whole graph as nodes and edges, up to $limit nodes
//          (ordered by id), in one statement.
// Parameters: $labels (list: a node must carry one of these labels), $types (list of relationship types to
//             include), $statedOnly (boolean: only relationships a source states), $activeAt ('YYYY-MM-DD' or
//             null: only nodes and relationships whose period includes it), $limit (integer, 1–500)
// Columns: nodes (list of {id, name, labels, distance: null}), edges (list of {id, source, target, type, role,
//          kind, claim, reach (ACTIVE_IN: 'whole' when not stored; null for other types), sources}),
//          truncated (boolean)
MATCH (n:Entity)
WHERE any(label IN labels(n) WHERE label IN $labels)
  AND ($activeAt IS NULL OR (
    (n.sinceDate IS NULL OR n.sinceDate <= date($activeAt))
    AND (n.untilDate IS NULL OR n.untilDate >= date($activeAt))))
WITH n
ORDER BY n.id
WITH collect(n) AS everything
WITH everything[0..$limit] AS nodes, size(everything) > $limit AS truncated
RETURN [n IN nodes | {id: n.id, name: coalesce(n.name, n.id), labels: labels(n), distance: null}] AS nodes,
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
