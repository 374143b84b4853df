// Answers: every vocabulary term the database knows, with its broader term (the importer's validation snapshot).
// Parameters: none.
// Columns: vocabulary, key, broader (null when none)
MATCH (t:Term)
RETURN t.vocabulary AS vocabulary, t.key AS key, t.broader AS broader
