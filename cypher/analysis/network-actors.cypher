// Answers: the actor network of networkStructure and suggestedPartners, in one statement — every actor (bodies
//          included) whose period includes $activeAt and, with $region, that is placed (ACTIVE_IN or LOCATED_IN,
//          active at $activeAt, stated or inferred) in the region or a region inside it (PART_OF*); and the ties
//          of the requested kinds that start at one of them. A tie's other end may lie outside the selection: the
//          caller drops it (a list lookup here would cost O(n) per tie). Not ties: SOURCED_FROM, the region
//          hierarchy, anything between an actor and a non-actor.
// Parameters: $region (region id or null: every actor), $activeAt ('YYYY-MM-DD'), $statedOnly (boolean: only
//             ties with claim 'stated'), $ties (list of 'COOPERATION', 'MEMBERSHIP', 'PART_OF', 'SHARED_WORK')
// Columns: regionFound (boolean; true without $region), actors (list of {id, name, kind, actorClass, bodyKind,
//          collective}), ties (list of {source, target, kind}: COOPERATES_WITH, MEMBER_OF and PART_OF between
//          actors, from the stored start node), sharedWork (list of {source, target, kind: 'SHARED_WORK'}: two
//          actors that PROVIDE, RUN or FUND one active measure or program, source id < target id)
OPTIONAL MATCH (scope:Region {id: $region})
WITH scope, $region IS NULL OR scope IS NOT NULL AS regionFound
CALL (scope) {
  MATCH (a:Actor)
  WHERE (a.sinceDate IS NULL OR a.sinceDate <= date($activeAt))
    AND (a.untilDate IS NULL OR a.untilDate >= date($activeAt))
    AND ($region IS NULL OR EXISTS {
      MATCH (a)-[p:ACTIVE_IN|LOCATED_IN]->(:Region)-[:PART_OF*0..]->(scope)
      WHERE (p.sinceDate IS NULL OR p.sinceDate <= date($activeAt))
        AND (p.untilDate IS NULL OR p.untilDate >= date($activeAt))
    })
  RETURN collect(a) AS actors
}
RETURN regionFound,
       [a IN actors | {id: a.id, name: coalesce(a.name, a.id), kind: a.kind,
                       actorClass: head([label IN labels(a) WHERE NOT label IN ['Actor', 'Entity']]),
                       bodyKind: a.bodyKind, collective: coalesce(a.collective, false)}] AS actors,
       COLLECT {
         UNWIND actors AS a
         MATCH (a)-[r:COOPERATES_WITH|MEMBER_OF|PART_OF]->(b:Actor)
         WITH a, r, b, CASE type(r) WHEN 'COOPERATES_WITH' THEN 'COOPERATION'
                                    WHEN 'MEMBER_OF' THEN 'MEMBERSHIP' ELSE 'PART_OF' END AS kind
         WHERE kind IN $ties
           AND (NOT $statedOnly OR r.claim = 'stated')
           AND (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
           AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
         RETURN {source: a.id, target: b.id, kind: kind}
       } AS ties,
       COLLECT {
         UNWIND actors AS a
         MATCH (a)-[r:PROVIDES|RUNS|FUNDS]->(i:Entity)<-[s:PROVIDES|RUNS|FUNDS]-(b:Actor)
         WHERE 'SHARED_WORK' IN $ties
           AND a.id < b.id
           AND (i:Measure OR i:Program)
           AND (i.sinceDate IS NULL OR i.sinceDate <= date($activeAt))
           AND (i.untilDate IS NULL OR i.untilDate >= date($activeAt))
           AND all(x IN [r, s] WHERE (NOT $statedOnly OR x.claim = 'stated')
                                 AND (x.sinceDate IS NULL OR x.sinceDate <= date($activeAt))
                                 AND (x.untilDate IS NULL OR x.untilDate >= date($activeAt)))
         RETURN DISTINCT {source: a.id, target: b.id, kind: 'SHARED_WORK'}
       } AS sharedWork
