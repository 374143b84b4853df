// Answers: Term fields (an actor's kind, a membership's role, a region's level, …) for a batch of
//          (vocabulary, key) pairs in one statement.
// Parameters: $keys (list of {vocabulary, key})
// Columns: vocabulary, key, term (map of the term's properties, or null when the vocabulary has no such key)
UNWIND $keys AS k
OPTIONAL MATCH (t:Term {vocabulary: k.vocabulary, key: k.key})
RETURN k.vocabulary AS vocabulary, k.key AS key, t {.*} AS term
