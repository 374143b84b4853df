// Deletes every node and relationship except the schema migration ledger, in batches (tests and `npm run bench`).
// Parameters: none.
// Columns: none.
MATCH (n)
WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
