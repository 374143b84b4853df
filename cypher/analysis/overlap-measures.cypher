// Answers: Query.overlaps, step 1 — every measure that can take part in an overlap on day $at, with the facts the
//          scoring reads (server/analysis/overlaps): a Measure active on $at that addresses a topic, targets a
//          group, is ACTIVE_IN a region and has a provider, each through a relationship active on $at (and stated,
//          when $statedOnly). With $region, only the measures that are offers of that region in the sense of
//          Region.offers (fromAbove): ACTIVE_IN the region or one inside it with any reach, or one above it with
//          reach whole. Pairing happens in TypeScript, bucketed by topic and region, so no pair is built here.
// Parameters: $at ('YYYY-MM-DD'), $statedOnly (boolean: only relationships with claim 'stated'), $region (a region
//             id or null for the whole graph)
// Columns: regionFound (false when $region names no region), measures (list of {id, name, topics: [topic id],
//          targetGroups: [target group id], placements: [{region, regionName, reach ('whole' when unset),
//          ancestors: [region ids above it, nearest first]}], providers: [{id, name, collective, regions: null
//          (everywhere the measure is) or [{id, ancestors}] (the PROVIDES/RUNS `regions`)}: one entry per PROVIDES
//          or RUNS, so an actor can come twice], umbrellas:
//          [{id, name} of the measures it is PART_OF, transitively], sinceDate, untilDate, sources: [{published,
//          dateRead}]}), broader (list of
//          [id, broader id] of every Topic and TargetGroup with a broader one), termLabels (list of [id, labelDe,
//          labelEn] of every Topic and TargetGroup), cooperationKindLabels (list of [key, labelDe, labelEn] of every
//          cooperationKind term); the labels are for the reasons' sentences
OPTIONAL MATCH (r:Region {id: $region})
CALL (r) {
  CALL (r) {
    MATCH (m:Measure)
    WHERE $region IS NULL
    RETURN m
    UNION
    MATCH (r)-[:PART_OF*0..]->(:Region)<-[a:ACTIVE_IN]-(m:Measure)
    WHERE coalesce(a.reach, 'whole') = 'whole'
      AND (a.sinceDate IS NULL OR a.sinceDate <= date($at)) AND (a.untilDate IS NULL OR a.untilDate >= date($at))
      AND (NOT $statedOnly OR a.claim = 'stated')
    RETURN m
    UNION
    MATCH (r)<-[:PART_OF*0..]-(:Region)<-[a:ACTIVE_IN]-(m:Measure)
    WHERE (a.sinceDate IS NULL OR a.sinceDate <= date($at)) AND (a.untilDate IS NULL OR a.untilDate >= date($at))
      AND (NOT $statedOnly OR a.claim = 'stated')
    RETURN m
  }
  WITH m
  WHERE (m.sinceDate IS NULL OR m.sinceDate <= date($at)) AND (m.untilDate IS NULL OR m.untilDate >= date($at))
  WITH m,
       COLLECT {
         MATCH (m)-[x:ADDRESSES]->(t:Topic)
         WHERE (x.sinceDate IS NULL OR x.sinceDate <= date($at)) AND (x.untilDate IS NULL OR x.untilDate >= date($at))
           AND (NOT $statedOnly OR x.claim = 'stated')
         RETURN DISTINCT t.id
       } AS topics,
       COLLECT {
         MATCH (m)-[x:TARGETS]->(g:TargetGroup)
         WHERE (x.sinceDate IS NULL OR x.sinceDate <= date($at)) AND (x.untilDate IS NULL OR x.untilDate >= date($at))
           AND (NOT $statedOnly OR x.claim = 'stated')
         RETURN DISTINCT g.id
       } AS targetGroups,
       COLLECT {
         MATCH (m)-[a:ACTIVE_IN]->(v:Region)
         WHERE (a.sinceDate IS NULL OR a.sinceDate <= date($at)) AND (a.untilDate IS NULL OR a.untilDate >= date($at))
           AND (NOT $statedOnly OR a.claim = 'stated')
         RETURN {region: v.id, regionName: v.name, reach: coalesce(a.reach, 'whole'),
                 ancestors: COLLECT { MATCH p = (v)-[:PART_OF*1..]->(u:Region) RETURN u.id ORDER BY length(p) }}
       } AS placements,
       COLLECT {
         MATCH (p:Actor)-[x:PROVIDES|RUNS]->(m)
         WHERE (x.sinceDate IS NULL OR x.sinceDate <= date($at)) AND (x.untilDate IS NULL OR x.untilDate >= date($at))
           AND (NOT $statedOnly OR x.claim = 'stated')
         RETURN {id: p.id, name: p.name, collective: coalesce(p.collective, false),
                 regions: CASE WHEN x.regions IS NULL THEN null ELSE COLLECT {
                   UNWIND x.regions AS rid
                   MATCH (g:Region {id: rid})
                   RETURN {id: g.id, ancestors: COLLECT { MATCH q = (g)-[:PART_OF*1..]->(u:Region)
                                                          RETURN u.id ORDER BY length(q) }}
                 } END}
       } AS providers
  WHERE size(topics) > 0 AND size(targetGroups) > 0 AND size(placements) > 0 AND size(providers) > 0
  RETURN collect({
           id: m.id, name: m.name, topics: topics, targetGroups: targetGroups, placements: placements,
           providers: providers,
           umbrellas: COLLECT { MATCH (m)-[:PART_OF*1..]->(u:Measure) RETURN DISTINCT {id: u.id, name: u.name} },
           sinceDate: m.sinceDate, untilDate: m.untilDate,
           sources: COLLECT {
             MATCH (m)-[:SOURCED_FROM]->(s:Source) RETURN {published: s.published, dateRead: s.dateRead}
           }
         }) AS measures
}
RETURN r IS NOT NULL OR $region IS NULL AS regionFound,
       measures,
       COLLECT { MATCH (t:Topic) WHERE t.broader IS NOT NULL RETURN [t.id, t.broader] }
       + COLLECT { MATCH (g:TargetGroup) WHERE g.broader IS NOT NULL RETURN [g.id, g.broader] } AS broader,
       COLLECT { MATCH (t:Topic) RETURN [t.id, t.labelDe, t.labelEn] }
       + COLLECT { MATCH (g:TargetGroup) RETURN [g.id, g.labelDe, g.labelEn] } AS termLabels,
       COLLECT {
         MATCH (k:Term {vocabulary: 'cooperationKind'}) RETURN [k.key, k.labelDe, k.labelEn]
       } AS cooperationKindLabels
