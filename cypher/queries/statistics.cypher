// Answers: Query.statistics — how many nodes per label, relationships per type and actors per kind, counting the
// atlas' content only (domain nodes and vocabulary terms): admin data such as contacts and the audit trail is
// neither counted nor named, since anonymous readers see these numbers.
// Parameters: none.
// Columns: labels, relationshipTypes, actorKinds (each a list of {name, count} sorted by name)
CALL () {
  MATCH (n)
  WHERE n:Entity OR n:Term
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  ORDER BY label
  RETURN collect({name: label, count: count}) AS labels
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
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
