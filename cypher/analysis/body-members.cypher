// Answers: every body (actor of class Body) whose period includes $activeAt, with its members, for bodyGaps and
//          bodyMemberships. All bodies come back, since the peers a body is judged against may sit anywhere;
//          `inScope` says whether it is placed (ACTIVE_IN or LOCATED_IN, active at $activeAt) in $region or a
//          region inside it. A membership counts when the MEMBER_OF and the member are active at $activeAt and,
//          with $statedOnly, the MEMBER_OF has claim 'stated'.
// Parameters: $region (region id or null: every body is in scope), $activeAt ('YYYY-MM-DD'), $statedOnly (boolean)
// Columns: regionFound (boolean; true without $region), bodies (list of {body: {id, name, kind, actorClass,
//          bodyKind, collective}, inScope, levels: regionLevel keys of its ACTIVE_IN / LOCATED_IN regions,
//          members: list of {actor: as body, role}}), kinds (list of {key, labelDe, labelEn, broader} of every actorKind term), bodyKinds (list of {key,
//          labelDe, labelEn} of every bodyKind term)
OPTIONAL MATCH (scope:Region {id: $region})
WITH scope, $region IS NULL OR scope IS NOT NULL AS regionFound
RETURN regionFound,
       COLLECT {
         MATCH (b:Body)
         WHERE (b.sinceDate IS NULL OR b.sinceDate <= date($activeAt))
           AND (b.untilDate IS NULL OR b.untilDate >= date($activeAt))
         RETURN {
           body: {id: b.id, name: coalesce(b.name, b.id), kind: b.kind, actorClass: 'Body', bodyKind: b.bodyKind,
                  collective: coalesce(b.collective, false)},
           inScope: $region IS NULL OR EXISTS {
             MATCH (b)-[p:ACTIVE_IN|LOCATED_IN]->(:Region)-[:PART_OF*0..]->(scope)
             WHERE (p.sinceDate IS NULL OR p.sinceDate <= date($activeAt))
               AND (p.untilDate IS NULL OR p.untilDate >= date($activeAt))
           },
           levels: COLLECT { MATCH (b)-[:ACTIVE_IN|LOCATED_IN]->(g:Region) WHERE g.level IS NOT NULL
                             RETURN DISTINCT g.level },
           members: COLLECT {
             MATCH (m:Actor)-[r:MEMBER_OF]->(b)
             WHERE (NOT $statedOnly OR r.claim = 'stated')
               AND (r.sinceDate IS NULL OR r.sinceDate <= date($activeAt))
               AND (r.untilDate IS NULL OR r.untilDate >= date($activeAt))
               AND (m.sinceDate IS NULL OR m.sinceDate <= date($activeAt))
               AND (m.untilDate IS NULL OR m.untilDate >= date($activeAt))
             RETURN {actor: {id: m.id, name: coalesce(m.name, m.id), kind: m.kind,
                             actorClass: head([label IN labels(m) WHERE NOT label IN ['Actor', 'Entity']]),
                             bodyKind: m.bodyKind, collective: coalesce(m.collective, false)},
                     role: r.role} AS member
             ORDER BY member.actor.id
           }
         } AS entry
         ORDER BY entry.body.id
       } AS bodies,
       COLLECT {
         MATCH (t:Term {vocabulary: 'actorKind'})
         RETURN {key: t.key, labelDe: t.labelDe, labelEn: t.labelEn, broader: t.broader} AS kind ORDER BY kind.key
       } AS kinds,
       COLLECT {
         MATCH (t:Term {vocabulary: 'bodyKind'})
         RETURN {key: t.key, labelDe: t.labelDe, labelEn: t.labelEn} AS kind ORDER BY kind.key
       } AS bodyKinds
