// Takes the write lock on the vocabulary terms an import writes and answers which of them exist, so that a term
// deleted or created by another writer since the import was planned is noticed (CONFLICT) instead of re-created
// or overwritten under an audit entry that says otherwise.
// Parameters: $keys (list of {vocabulary, key}, sorted)
// Columns: found (list of "vocabulary:key" of the terms that exist)
UNWIND $keys AS k
MATCH (t:Term {vocabulary: k.vocabulary, key: k.key})
SET t.lockedByImport = true
REMOVE t.lockedByImport
RETURN collect(t.vocabulary + ':' + t.key) AS found
