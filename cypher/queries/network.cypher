// Answers: Query.network — up to $limit nodes (ordered by id) and the relationships among them, in one statement.
// Parameters: $limit (integer, 1–500)
// Columns: nodes (list of {id, name, labels}), edges (list of {id, source, target, type, role, kind}), total
MATCH (n)
WHERE n.id IS NOT NULL AND NOT n:SchemaMigration
WITH n ORDER BY n.id
WITH collect(n) AS everything
WITH everything[0..$limit] AS nodes, size(everything) AS total
RETURN [n IN nodes | {id: n.id, name: coalesce(n.name, n.labelDe, n.title, n.id), labels: labels(n)}] AS nodes,
       COLLECT {
         UNWIND nodes AS a
         MATCH (a)-[r]->(b)
         WHERE b IN nodes
         RETURN {id: elementId(r), source: a.id, target: b.id, type: type(r), role: r.role, kind: r.kind}
       } AS edges,
       total
