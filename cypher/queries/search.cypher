// Answers: Query.search — search as you type, best first. Two sources in one statement:
//   names: the text folded as names are ($phrase, $words) against each node's searchKey (every name it goes by,
//          folded, between bars: `|caritas|deutscher caritasverband|`) with CONTAINS, which the text index
//          entity_search_key answers: prefixes, parts of compounds, any umlaut spelling;
//   text:  $query on the full-text index entity_text (German analyzer: stemmed words, descriptions too).
// Score = name tier (0–4) + half the full-text score squeezed below 1 + half the share of the name typed (the
// shorter name first among equals), so any name match ranks above a match in the description only. Name tiers, for
// the whole text and per word: 4 a name is the text; 3 a name starts with it; 2 a word of a name starts with it;
// 1.5 a word ends with it (the head of a compound: "Beratung" in "Migrationsberatung"; 3 letters or more); 1 a
// word holds it inside (4 letters or more). Several words count by their length, so "der" weighs little.
// Parameters: $query (Lucene query built from the user's text, operators escaped), $phrase (the text folded by
//             searchFold; '' when nothing is left), $words (list: the distinct words of $phrase), $labels (list: a
//             hit must carry one of these labels), $first (integer, 1–100)
// Columns: node (map of the node's properties plus labels and sourceIds), score (float)
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
  RETURN node AS n, score AS textScore
  UNION ALL
  UNWIND $words AS word
  MATCH (n:Entity)
  WHERE n.searchKey CONTAINS word
  RETURN n, 0.0 AS textScore
}
WITH n, max(textScore) AS textScore
WHERE any(label IN labels(n) WHERE label IN $labels)
WITH n, textScore, coalesce(n.searchKey, '') AS key
WITH n, textScore, key,
     CASE
       WHEN $phrase = '' THEN 0
       WHEN key CONTAINS '|' + $phrase + '|' THEN 4
       WHEN key CONTAINS '|' + $phrase THEN 3
       WHEN key CONTAINS ' ' + $phrase THEN 2
       WHEN size($phrase) >= 3 AND (key CONTAINS $phrase + ' ' OR key CONTAINS $phrase + '|') THEN 1.5
       WHEN size($phrase) >= 4 AND key CONTAINS $phrase THEN 1
       ELSE 0
     END AS phraseTier,
     CASE WHEN size($words) = 0 THEN 0.0 ELSE
       reduce(sum = 0.0, word IN $words | sum + size(word) *
         CASE
           WHEN key CONTAINS '|' + word THEN 3
           WHEN key CONTAINS ' ' + word THEN 2
           WHEN size(word) >= 3 AND (key CONTAINS word + ' ' OR key CONTAINS word + '|') THEN 1.5
           WHEN size(word) >= 4 AND key CONTAINS word THEN 1
           ELSE 0
         END) / reduce(total = 0, word IN $words | total + size(word))
     END AS wordTier
WITH n, textScore, CASE WHEN phraseTier > wordTier THEN phraseTier ELSE wordTier END AS nameTier,
     coalesce(size(split(key, '|')[1]), 0) AS nameLength
WITH n, nameTier + 0.5 * textScore / (1 + textScore) +
        CASE WHEN nameTier = 0 OR nameLength = 0 THEN 0.0
             WHEN size($phrase) >= nameLength THEN 0.5
             ELSE 0.5 * size($phrase) / nameLength END AS score
WHERE score > 0
ORDER BY score DESC, size(n.name), n.id
LIMIT $first
RETURN n {.*,
          labels: labels(n),
          sourceIds: COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id ORDER BY s.id }} AS node,
       score
