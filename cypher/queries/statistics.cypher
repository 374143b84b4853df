// Answers: Query.statistics — how many nodes per label, relationships per type and actors per kind.
// Parameters: none.
// Columns: labels, relationshipTypes, actorKinds (each a list of {name, count} sorted by name)
CALL () {
  MATCH (n)
  WHERE NOT n:SchemaMigration
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  ORDER BY label
  RETURN collect({name: label, count: count}) AS labels
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect({name: type, count: count}) AS relationshipTypes
}
CALL () {
  MATCH (a:Actor)
  WITH a.kind AS kind, count(*) AS count
  ORDER BY kind
  RETURN collect({name: kind, count: count}) AS actorKinds
}
RETURN labels, relationshipTypes, actorKinds
