// Answers: Query.overlaps, step 2 — the ties of the providers of candidate pairs on day $at: their cooperations
//          (COOPERATES_WITH either way, any kind) and the bodies they are members of (MEMBER_OF), each active on
//          $at, the body too. Any claim counts: a tie clears a finding of "uncoordinated", and an inferred tie is
//          still reason to believe the providers know each other; the claim is returned so the reasons can say it.
//          PART_OF is deliberately not followed: two branches of one federal association are not tied by it.
// Parameters: $ids (list of actor ids), $at ('YYYY-MM-DD')
// Columns: id, partners (list of {id, kind, claim}), bodies (list of {id, name, claim})
UNWIND $ids AS id
MATCH (p:Actor {id: id})
RETURN id,
       COLLECT {
         MATCH (p)-[c:COOPERATES_WITH]-(q:Actor)
         WHERE (c.sinceDate IS NULL OR c.sinceDate <= date($at)) AND (c.untilDate IS NULL OR c.untilDate >= date($at))
         RETURN {id: q.id, kind: c.kind, claim: c.claim}
       } AS partners,
       COLLECT {
         MATCH (p)-[x:MEMBER_OF]->(b:Actor)
         WHERE (x.sinceDate IS NULL OR x.sinceDate <= date($at)) AND (x.untilDate IS NULL OR x.untilDate >= date($at))
           AND (b.sinceDate IS NULL OR b.sinceDate <= date($at)) AND (b.untilDate IS NULL OR b.untilDate >= date($at))
         RETURN {id: b.id, name: b.name, claim: x.claim}
       } AS bodies
