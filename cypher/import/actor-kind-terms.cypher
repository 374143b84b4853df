// Answers: the actor kinds the database knows and their broader kind, from which the writer finds each actor's
// class (its label).
// Parameters: none.
// Columns: key, broader (null for a class)
MATCH (t:Term {vocabulary: 'actorKind'})
RETURN t.key AS key, t.broader AS broader
