// Appends entries to the audit trail inside the transaction of the change they describe, so a change never
// commits without them. One counter node numbers the entries (`seq`, the trail's order and cursor); reading the
// counter in the SET that increments it takes its write lock first, so concurrent admin writes get distinct
// numbers and commit one after the other. A new counter (an emptied database) gets a new `epoch`, so the data
// version (cypher/analysis/data-version.cypher) never repeats.
// Parameters: $entries (list of {changedBy, requestId, action, targetKind, targetId, subjectIds, before, after,
//             detail}; before/after/detail are JSON strings or null)
// Columns: recorded (count), lastSeq
MERGE (counter:AuditCounter {name: 'audit'})
  ON CREATE SET counter.epoch = randomUUID()
SET counter.last = coalesce(counter.last, 0) + size($entries)
WITH counter.last AS lastSeq, counter.last - size($entries) AS base
UNWIND range(0, size($entries) - 1) AS i
WITH lastSeq, base, i, $entries[i] AS e
CREATE (entry:AuditEntry {seq: base + i + 1})
SET entry += e,
    entry.at = datetime.truncate('millisecond', datetime.transaction())
RETURN count(entry) AS recorded, lastSeq
