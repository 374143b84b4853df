// Answers: whether the configured database accepts queries (checked once when connecting, so a wrong
// NEO4J_DATABASE fails at start-up rather than on the first request).
// Parameters: none.
// Columns: ok (always 1)
RETURN 1 AS ok
