// Takes the write lock on a vocabulary term before its update or delete reads it again (see lock-nodes).
// Parameters: $vocabulary, $key
// Columns: locked (count)
MATCH (t:Term {vocabulary: $vocabulary, key: $key})
SET t.lockedByAdminApi = true
REMOVE t.lockedByAdminApi
RETURN count(t) AS locked
