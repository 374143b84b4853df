// Answers: Query.auditTrail — audit entries newest first, optionally only those about one id and since a moment.
// Parameters: $subjectId (id or null for all), $since (ISO date-time string or null),
//             $beforeSeq (integer or null: only entries older than this one; the decoded cursor),
//             $limit (integer: page size plus one, to tell whether there is a next page)
// Columns: seq, at (date-time), changedBy, requestId, action, targetKind, targetId, subjectIds, before, after,
//          detail
MATCH (e:AuditEntry)
WHERE ($beforeSeq IS NULL OR e.seq < $beforeSeq)
  AND ($subjectId IS NULL OR $subjectId IN e.subjectIds)
  AND ($since IS NULL OR e.at >= datetime($since))
WITH e
ORDER BY e.seq DESC
LIMIT $limit
RETURN e.seq AS seq, e.at AS at, e.changedBy AS changedBy, e.requestId AS requestId, e.action AS action,
       e.targetKind AS targetKind, e.targetId AS targetId, coalesce(e.subjectIds, []) AS subjectIds,
       e.before AS before, e.after AS after, e.detail AS detail
