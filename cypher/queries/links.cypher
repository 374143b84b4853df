// Answers: the relationship fields of the types (Actor.memberships, Body.members, Measure.providers,
//          Region.children, Topic.measures, Actor.relations, …): for each of a batch of nodes, its relationships of
//          the given types in one direction, each with its properties, the direction it is stored in and the node at
//          the other end, ordered by that node's name. The resolvers' table of fields
//          (server/graphql/resolvers/read/load/links.ts) supplies types, direction, labels and the mutual types;
//          only `relations` takes types and direction from the request, checked against the schema's enums.
// Parameters: $ids (list of entity ids), $types (list of relationship types), $direction ('OUT', 'IN' or 'BOTH'),
//             $otherLabels (list: the node at the other end must carry one of these labels), $mutualTypes (list:
//             types stored once for both sides, matched in either direction whatever $direction says)
// Columns: id, links (list of {type, rel: the relationship's properties, out: true when stored from the node,
//          other: map of the other node's properties plus labels and sourceIds})
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id,
       COLLECT {
         MATCH (n)-[r]-(m:Entity)
         WHERE type(r) IN $types
           AND any(label IN labels(m) WHERE label IN $otherLabels)
           AND ($direction = 'BOTH'
             OR type(r) IN $mutualTypes
             OR ($direction = 'OUT' AND startNode(r) = n)
             OR ($direction = 'IN' AND endNode(r) = n))
         RETURN {
           type: type(r),
           rel: properties(r),
           out: startNode(r) = n,
           other: m {.*,
                     labels: labels(m),
                     sourceIds: COLLECT { MATCH (m)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }}
         } AS link
         ORDER BY coalesce(m.nameKey, toLower(m.name)), m.id, type(r)
       } AS links
