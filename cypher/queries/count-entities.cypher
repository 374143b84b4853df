// Answers: how many domain nodes the database holds (0 means empty: start-up then loads the curated dataset).
// Parameters: none.
// Columns: entities
RETURN COUNT { MATCH (n:Entity) } AS entities
