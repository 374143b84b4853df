// Answers: one vocabulary term's stored properties (before an update or delete, and again inside its transaction).
// Parameters: $vocabulary, $key
// Columns: props
MATCH (t:Term {vocabulary: $vocabulary, key: $key})
RETURN properties(t) AS props
