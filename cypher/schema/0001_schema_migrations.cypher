// Migration 0001: the ledger of applied migrations needs its own uniqueness first.
// Parameters: none. Columns: none.
CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE;
