// Answers: every vocabulary term the database knows (the importer's validation snapshot).
// Parameters: none.
// Columns: vocabulary, key
MATCH (t:Term)
RETURN t.vocabulary AS vocabulary, t.key AS key
