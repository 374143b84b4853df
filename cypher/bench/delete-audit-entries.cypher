// Takes the benchmark's own audit entries out again between rounds (the trail would otherwise grow each round).
// Parameters: $changedBy (the author name the benchmark imports as)
// Columns: none.
MATCH (entry:AuditEntry {changedBy: $changedBy})
CALL (entry) {
  DELETE entry
} IN TRANSACTIONS OF 5000 ROWS
