// Migration 0003: full-text search with Lucene's German analyzer (stemming; ä/ö/ü/ß folded, so "Buergerhalle"
// finds "Bürgerhalle"), and range indexes for the lookups and sort orders of the API and the importer.
// Parameters: none. Columns: none.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Actor|Program|Measure|Topic|TargetGroup|Region)
ON EACH [n.name, n.shortName, n.aliasText, n.description, n.labelEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german', `fulltext.eventually_consistent`: false } };
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX program_kind IF NOT EXISTS FOR (n:Program) ON (n.kind);
CREATE INDEX measure_kind IF NOT EXISTS FOR (n:Measure) ON (n.kind);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX entity_last_verified IF NOT EXISTS FOR (n:Entity) ON (n.lastVerified);
