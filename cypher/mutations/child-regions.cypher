// Answers: the ids of a region's direct sub-regions (an update of the region is validated together with them).
// Parameters: $id (region id)
// Columns: id
MATCH (c:Region)-[:PART_OF]->(:Region {id: $id})
RETURN c.id AS id
ORDER BY id
