// Answers: the version of the data: every write (imports, admin mutations, merges, start-up seeding) is audited
// and bumps the audit counter, and an emptied database starts a counter with a new epoch. Analysis results cached
// under one version are stale under any other.
// Parameters: none.
// Columns: version (string; 'none' before the first audited write)
OPTIONAL MATCH (counter:AuditCounter {name: 'audit'})
RETURN CASE WHEN counter IS NULL THEN 'none'
            ELSE coalesce(counter.epoch, 'initial') + ':' + toString(counter.last) END AS version
