// Creates or replaces vocabulary terms, identified by (vocabulary, key).
// Parameters: $rows (list of {vocabulary, key, props, lastVerified})
// Columns: written (count)
UNWIND $rows AS row
MERGE (t:Term {vocabulary: row.vocabulary, key: row.key})
SET t = row.props
SET t.lastVerified = date(row.lastVerified)
RETURN count(t) AS written
