// Answers: what each actor works on, for suggestedPartners — for every actor whose period includes $activeAt
//          (with $region: placed in it, as in network-actors.cypher): the topics it ADDRESSES, the target groups
//          it TARGETS and the regions it is ACTIVE_IN or LOCATED_IN, itself or through the measures and programs
//          it PROVIDES, RUNS or FUNDS. Only initiatives and relationships active at $activeAt count; with
//          $statedOnly only relationships with claim 'stated'.
// Parameters: $region (region id or null), $activeAt ('YYYY-MM-DD'), $statedOnly (boolean)
// Columns: id, topics (list of {id, name: labelDe, nameEn: labelEn}), targetGroups (the same), regions (list of {id, name,
//          ancestors: ids of the regions it lies in, nearest first})
OPTIONAL MATCH (scope:Region {id: $region})
WITH scope
WHERE $region IS NULL OR scope IS NOT NULL
MATCH (a:Actor)
WHERE (a.sinceDate IS NULL OR a.sinceDate <= date($activeAt))
  AND (a.untilDate IS NULL OR a.untilDate >= date($activeAt))
  AND ($region IS NULL OR EXISTS {
    MATCH (a)-[p:ACTIVE_IN|LOCATED_IN]->(:Region)-[:PART_OF*0..]->(scope)
    WHERE (p.sinceDate IS NULL OR p.sinceDate <= date($activeAt))
      AND (p.untilDate IS NULL OR p.untilDate >= date($activeAt))
  })
WITH a, [a] + COLLECT {
  MATCH (a)-[w:PROVIDES|RUNS|FUNDS]->(i:Entity)
  WHERE (i:Measure OR i:Program)
    AND (NOT $statedOnly OR w.claim = 'stated')
    AND (w.sinceDate IS NULL OR w.sinceDate <= date($activeAt))
    AND (w.untilDate IS NULL OR w.untilDate >= date($activeAt))
    AND (i.sinceDate IS NULL OR i.sinceDate <= date($activeAt))
    AND (i.untilDate IS NULL OR i.untilDate >= date($activeAt))
  RETURN DISTINCT i
} AS workers
RETURN a.id AS id,
       COLLECT {
         UNWIND workers AS x
         MATCH (x)-[r:ADDRESSES]->(t:Topic)
         WHERE (NOT $statedOnly OR r.claim = 'stated')
           AND (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
           AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
         RETURN DISTINCT {id: t.id, name: coalesce(t.labelDe, t.id), nameEn: coalesce(t.labelEn, t.labelDe, t.id)} AS topic
         ORDER BY topic.id
       } AS topics,
       COLLECT {
         UNWIND workers AS x
         MATCH (x)-[r:TARGETS]->(g:TargetGroup)
         WHERE (NOT $statedOnly OR r.claim = 'stated')
           AND (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
           AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
         RETURN DISTINCT {id: g.id, name: coalesce(g.labelDe, g.id), nameEn: coalesce(g.labelEn, g.labelDe, g.id)}
                AS targetGroup
         ORDER BY targetGroup.id
       } AS targetGroups,
       COLLECT {
         UNWIND workers AS x
         MATCH (x)-[r:ACTIVE_IN|LOCATED_IN]->(g:Region)
         WHERE (NOT $statedOnly OR r.claim = 'stated')
           AND (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
           AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
         WITH DISTINCT g
         RETURN {id: g.id, name: coalesce(g.name, g.id),
                 ancestors: COLLECT { MATCH path = (g)-[:PART_OF*1..]->(up:Region)
                                      RETURN up.id ORDER BY length(path) }} AS region
         ORDER BY region.id
       } AS regions
