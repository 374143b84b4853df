// Answers: Query.coverage and Query.compare — for each of a batch of regions, the programs and measures that reach
//          it on a day, each once with its strongest placement (the reach rules of Region.offers,
//          cypher/queries/region-offers.cypher): FULL from an ACTIVE_IN with reach whole in the region or, when
//          $fromAbove, in a region above it; PARTIAL from a namedPlaces/unknownPlaces ACTIVE_IN in the region or any
//          ACTIVE_IN in a region inside it. With each offer: the topics it ADDRESSES, the target groups it TARGETS
//          and the initiatives it is a part of (PART_OF, any depth), each relationship active on the day and, with
//          $statedOnly, stated. Topics and groups are the initiative's own: a part does not inherit its program's.
// Parameters: $ids (list of region ids), $activeAt ('YYYY-MM-DD': initiatives and relationships whose period
//             includes it; null bounds are open), $statedOnly (boolean: only ACTIVE_IN, ADDRESSES, TARGETS and
//             PART_OF with claim 'stated'), $fromAbove (boolean: count whole placements in the regions above)
// Columns: id, population (the region's, or null), offers (list of {id, coverage: 'FULL' or 'PARTIAL', via: the
//          ACTIVE_IN's region id, topics: [topic id], groups: [target group id], umbrellas: [initiative id]})
UNWIND $ids AS id
MATCH (r:Region {id: id})
WITH id, r, date($activeAt) AS day
CALL (r, day) {
  CALL (r) {
    MATCH (r)-[up:PART_OF*0..]->(via:Region)<-[a:ACTIVE_IN]-(i:Entity)
    WHERE (size(up) = 0 OR $fromAbove) AND coalesce(a.reach, 'whole') = 'whole'
    RETURN i, a, via, 'FULL' AS coverage, 0 AS strength, size(up) AS distance
    UNION ALL
    MATCH (r)<-[a:ACTIVE_IN]-(i:Entity)
    WHERE a.reach IN ['namedPlaces', 'unknownPlaces']
    RETURN i, a, r AS via, 'PARTIAL' AS coverage, 1 AS strength, 0 AS distance
    UNION ALL
    MATCH (r)<-[down:PART_OF*1..]-(via:Region)<-[a:ACTIVE_IN]-(i:Entity)
    RETURN i, a, via, 'PARTIAL' AS coverage, 1 AS strength, size(down) AS distance
  }
  WITH i, a, via, coverage, strength, distance
  WHERE (i:Program OR i:Measure)
    AND (NOT $statedOnly OR a.claim = 'stated')
    AND (i.sinceDate IS NULL OR i.sinceDate <= day) AND (i.untilDate IS NULL OR i.untilDate >= day)
    AND (a.sinceDate IS NULL OR a.sinceDate <= day) AND (a.untilDate IS NULL OR a.untilDate >= day)
  ORDER BY strength, distance, via.id
  WITH i, head(collect({coverage: coverage, via: via.id})) AS best
  RETURN collect({
    id: i.id,
    coverage: best.coverage,
    via: best.via,
    topics: COLLECT {
      MATCH (i)-[x:ADDRESSES]->(t:Topic)
      WHERE (NOT $statedOnly OR x.claim = 'stated')
        AND (x.sinceDate IS NULL OR x.sinceDate <= day) AND (x.untilDate IS NULL OR x.untilDate >= day)
      RETURN DISTINCT t.id
    },
    groups: COLLECT {
      MATCH (i)-[x:TARGETS]->(g:TargetGroup)
      WHERE (NOT $statedOnly OR x.claim = 'stated')
        AND (x.sinceDate IS NULL OR x.sinceDate <= day) AND (x.untilDate IS NULL OR x.untilDate >= day)
      RETURN DISTINCT g.id
    },
    umbrellas: COLLECT {
      MATCH (i)-[ps:PART_OF*1..]->(u:Entity)
      WHERE (u:Program OR u:Measure)
        AND all(p IN ps WHERE (NOT $statedOnly OR p.claim = 'stated')
          AND (p.sinceDate IS NULL OR p.sinceDate <= day) AND (p.untilDate IS NULL OR p.untilDate >= day))
      RETURN DISTINCT u.id
    }
  }) AS offers
}
RETURN id, r.population AS population, offers
