// Migration 0005: sources become searchable too (by title, stored as name): the full-text index is recreated with the
// Source label, since a full-text index cannot be altered in place.
// Parameters: none. Columns: none.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Actor|Program|Measure|Topic|TargetGroup|Region|Source)
ON EACH [n.name, n.shortName, n.aliasText, n.description, n.labelEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german', `fulltext.eventually_consistent`: false } };
