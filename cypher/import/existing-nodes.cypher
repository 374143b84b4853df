// Answers: which of these ids exist already, and as what (the importer's validation snapshot).
// Parameters: $ids (list of ids)
// Columns: id, labels, kind (actor kind), country, level, code (regions)
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, n.kind AS kind, n.country AS country, n.level AS level, n.code AS code
