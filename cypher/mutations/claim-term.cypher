// Claims a new vocabulary term inside a create's transaction: the (vocabulary, key) constraint makes this fail
// (CONFLICT) when the term exists. The importer's upsert then completes it.
// Parameters: $vocabulary, $key
// Columns: key
CREATE (t:Term {vocabulary: $vocabulary, key: $key})
RETURN t.key AS key
