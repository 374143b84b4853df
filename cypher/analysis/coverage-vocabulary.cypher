// Answers: the rows and columns of every coverage matrix — all topics and all target groups of the graph, each
//          with its broader one (for rolling narrower ones up), ordered by German label.
// Parameters: none
// Columns: topics (list of {id, broader: id or null}), groups (likewise)
RETURN COLLECT {
         MATCH (t:Topic)
         RETURN {id: t.id, broader: t.broader} AS topic ORDER BY coalesce(t.labelDe, t.id), t.id
       } AS topics,
       COLLECT {
         MATCH (g:TargetGroup)
         RETURN {id: g.id, broader: g.broader} AS targetGroup ORDER BY coalesce(g.labelDe, g.id), g.id
       } AS groups
