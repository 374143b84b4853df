// The benchmark's check that two imports wrote the same graph, and the size of what the database holds.
// Parameters: none.
// Columns: nodes (count of Entity nodes), relationships (count of relationships between Entity nodes)
MATCH (n:Entity)
WITH count(n) AS nodes
RETURN nodes, COUNT { MATCH (:Entity)-[r]->(:Entity) } AS relationships
