// Deletes a vocabulary term after the caller has checked that nothing uses it (see term-usage).
// Parameters: $vocabulary, $key
// Columns: deleted (count)
MATCH (t:Term {vocabulary: $vocabulary, key: $key})
DETACH DELETE t
RETURN count(*) AS deleted
