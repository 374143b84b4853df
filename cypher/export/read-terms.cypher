// Reads every vocabulary term.
// Parameters: none.
// Columns: props (stored properties)
MATCH (t:Term)
RETURN properties(t) AS props
ORDER BY t.vocabulary, t.key
