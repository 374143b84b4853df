// Answers: Coverage.gaps — for the empty cells (gaps) of one region's matrix, where such offers exist elsewhere:
//          the regions with an ACTIVE_IN of an initiative of that cell, nearest by hierarchy (the lowest common
//          ancestor with the region first, then the fewest steps), outside the region itself; the programs of
//          which such an initiative is a part (PART_OF, any depth), or which are in the cell themselves; and the
//          actors that FUND such an initiative. An initiative is "of the cell" when it ADDRESSES a topic and
//          TARGETS a group that count in the cell's row and column ($topicRows, $groupRows: the roll-up).
//          Initiatives, ACTIVE_IN, ADDRESSES, TARGETS, PART_OF and FUNDS count when active on the day and, with
//          $statedOnly, stated.
// Parameters: $region (region id), $activeAt ('YYYY-MM-DD'), $statedOnly (boolean), $topicRows (map: topic id →
//             ids of the rows it counts in), $groupRows (map: target group id → ids of the columns it counts in),
//             $gapKeys (list of 'topicId|groupId' of the empty cells), $maxRegions, $maxNamed (integers: how many
//             regions, and how many programs and funders, per gap)
// Columns: topic, targetGroup, nearest (list of {region: id, up: steps to the common ancestor, distance: steps in
//          all, initiatives: [id]}), programs (list of {program: id, initiatives: [id of its parts, or itself, in
//          the cell]}), funders (list of {funder: id, initiatives: [id]}); only gaps with anything to show
MATCH (r:Region {id: $region})
WITH r, date($activeAt) AS day
MATCH (t:Topic)<-[ad:ADDRESSES]-(i:Entity)-[ta:TARGETS]->(g:TargetGroup)
WHERE (i:Program OR i:Measure)
  AND (i.sinceDate IS NULL OR i.sinceDate <= day) AND (i.untilDate IS NULL OR i.untilDate >= day)
  AND all(x IN [ad, ta] WHERE (NOT $statedOnly OR x.claim = 'stated')
    AND (x.sinceDate IS NULL OR x.sinceDate <= day) AND (x.untilDate IS NULL OR x.untilDate >= day))
UNWIND coalesce($topicRows[t.id], []) AS row
UNWIND coalesce($groupRows[g.id], []) AS col
WITH r, day, i, row, col
WHERE row + '|' + col IN $gapKeys
WITH r, day, i, collect(DISTINCT {topic: row, group: col}) AS cells
CALL (r, day, i) {
  MATCH (i)-[a:ACTIVE_IN]->(p:Region)
  WHERE (NOT $statedOnly OR a.claim = 'stated')
    AND (a.sinceDate IS NULL OR a.sinceDate <= day) AND (a.untilDate IS NULL OR a.untilDate >= day)
    AND NOT (p)-[:PART_OF*0..]->(r)
  MATCH down = (p)-[:PART_OF*0..]->(c:Region), (c)<-[up:PART_OF*1..]-(r)
  WITH p, size(up) AS up, length(down) + size(up) AS distance
  ORDER BY up, distance
  WITH p, head(collect({up: up, distance: distance})) AS best
  RETURN collect({region: p.id, up: best.up, distance: best.distance}) AS places
}
CALL (i, day) {
  OPTIONAL MATCH (i)-[ps:PART_OF*1..]->(prog:Program)
  WHERE (prog.sinceDate IS NULL OR prog.sinceDate <= day) AND (prog.untilDate IS NULL OR prog.untilDate >= day)
    AND all(x IN ps WHERE (NOT $statedOnly OR x.claim = 'stated')
      AND (x.sinceDate IS NULL OR x.sinceDate <= day) AND (x.untilDate IS NULL OR x.untilDate >= day))
  WITH i, collect(DISTINCT prog.id) AS above
  RETURN above + CASE WHEN i:Program THEN [i.id] ELSE [] END AS programs
}
CALL (i, day) {
  OPTIONAL MATCH (f:Actor)-[fu:FUNDS]->(i)
  WHERE (NOT $statedOnly OR fu.claim = 'stated')
    AND (fu.sinceDate IS NULL OR fu.sinceDate <= day) AND (fu.untilDate IS NULL OR fu.untilDate >= day)
  RETURN collect(DISTINCT f.id) AS funders
}
UNWIND cells AS cell
UNWIND (CASE WHEN size(places) = 0 THEN [null] ELSE places END) AS place
WITH cell, i, programs, funders, place
ORDER BY place.up, place.distance, place.region
WITH cell, place.region AS region, place.up AS up, place.distance AS distance,
     collect(DISTINCT i.id) AS placed, collect({id: i.id, programs: programs, funders: funders}) AS found
ORDER BY up, distance, region
WITH cell, collect(CASE WHEN region IS NULL THEN null
                        ELSE {region: region, up: up, distance: distance, initiatives: placed} END) AS nearest,
     reduce(acc = [], f IN collect(found) | acc + f) AS found
WITH cell, nearest[0..$maxRegions] AS nearest, found
CALL (found) {
  UNWIND found AS f
  UNWIND f.programs AS program
  WITH program, collect(DISTINCT f.id) AS initiatives
  ORDER BY size(initiatives) DESC, program
  RETURN collect({program: program, initiatives: initiatives})[0..$maxNamed] AS programs
}
CALL (found) {
  UNWIND found AS f
  UNWIND f.funders AS funder
  WITH funder, collect(DISTINCT f.id) AS initiatives
  ORDER BY size(initiatives) DESC, funder
  RETURN collect({funder: funder, initiatives: initiatives})[0..$maxNamed] AS funders
}
RETURN cell.topic AS topic, cell.group AS targetGroup, nearest, programs, funders
ORDER BY topic, targetGroup
