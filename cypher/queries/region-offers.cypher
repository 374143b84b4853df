// Answers: Region.offers — for each of a batch of regions, the programs and measures that reach it through an
//          ACTIVE_IN, each once with its strongest placement:
//          FULL    — ACTIVE_IN with reach whole (a missing reach is whole) in the region itself, or, when
//                    $fromAbove, in a region it lies in (PART_OF* upwards);
//          PARTIAL — ACTIVE_IN the region itself with reach namedPlaces or unknownPlaces, or ACTIVE_IN (any reach) a
//                    region inside it (PART_OF* downwards).
//          An ACTIVE_IN above the region with a reach other than whole does not reach it at all. Of several
//          placements of one initiative, FULL wins over PARTIAL, then the nearest region, then the region's id.
// Parameters: $ids (list of region ids), $activeAt ('YYYY-MM-DD' or null: only initiatives and ACTIVE_INs whose
//             period includes it; null bounds are open), $statedOnly (boolean: only ACTIVE_INs with claim
//             'stated'), $fromAbove (boolean: count whole-reach placements in the regions above)
// Columns: id, offers (list of {initiative: map of the program's or measure's properties plus labels and
//          sourceIds, coverage: 'FULL' or 'PARTIAL', via: map of the ACTIVE_IN's region likewise, reach: the
//          stored reach or 'whole'}), ordered by the initiative's name
UNWIND $ids AS id
MATCH (r:Region {id: id})
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
WITH id, i, a, via, coverage, strength, distance
WHERE (i:Program OR i:Measure)
  AND (NOT $statedOnly OR a.claim = 'stated')
  AND ($activeAt IS NULL OR (
    (i.sinceDate IS NULL OR i.sinceDate <= date($activeAt))
    AND (i.untilDate IS NULL OR i.untilDate >= date($activeAt))
    AND (a.sinceDate IS NULL OR a.sinceDate <= date($activeAt))
    AND (a.untilDate IS NULL OR a.untilDate >= date($activeAt))))
ORDER BY strength, distance, via.id
WITH id, i, head(collect({coverage: coverage, via: via, reach: coalesce(a.reach, 'whole')})) AS best
WITH id, i, best.coverage AS coverage, best.via AS v, best.reach AS reach
ORDER BY coalesce(i.nameKey, toLower(i.name)), i.id
RETURN id,
       collect({
         initiative: i {.*,
                        labels: labels(i),
                        sourceIds: COLLECT { MATCH (i)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }},
         coverage: coverage,
         via: v {.*,
                 labels: labels(v),
                 sourceIds: COLLECT { MATCH (v)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }},
         reach: reach
       }) AS offers
