// Answers: Term.narrower — for each of a batch of (vocabulary, key) pairs, the terms of the same vocabulary whose
//          `broader` is that key, ordered by key.
// Parameters: $keys (list of {vocabulary, key})
// Columns: vocabulary, key, terms (list of maps of the narrower terms' properties)
UNWIND $keys AS k
RETURN k.vocabulary AS vocabulary,
       k.key AS key,
       COLLECT {
         MATCH (t:Term {vocabulary: k.vocabulary})
         WHERE t.broader = k.key
         RETURN t {.*} AS term
         ORDER BY t.key
       } AS terms
