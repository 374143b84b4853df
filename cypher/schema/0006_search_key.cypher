// Migration 0006: search as you type. Every entity gets `searchKey`, all the names it goes by (name, short name,
// aliases, English label) folded and each between bars, e.g. `|caritas|deutscher caritasverband|`; Query.search
// matches the typed text against it with CONTAINS (prefixes, parts of compounds, any umlaut spelling), which the
// text index below (trigrams) answers. The writer stores the key with every write (server/store/search-key.ts);
// the second statement derives it for the nodes written before, in the same steps as searchFold: lower-case, NFC;
// German normalisation (ä/ae → a, ö/oe → o, ü/ue → u unless a vowel precedes, ß → ss; state 0 none, 1 after a
// vowel, 2 after a, o, or a u that follows a consonant); NFKD, lower-cased again, combining marks dropped; every
// run of other characters than letters and digits one space. test/integration/graphql/read/search-key.test.ts
// proves that both give the same keys.
// Parameters: none. Columns: none (the second statement returns the number of nodes keyed).
CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (n:Entity) ON (n.searchKey);
MATCH (n:Entity)
WITH n, [s IN [n.name, n.shortName] + coalesce(n.aliases, []) + [n.labelEn] WHERE s IS :: STRING NOT NULL |
         normalize(toLower(s))] AS names
WITH n, [s IN names |
         reduce(acc = {text: '', state: 0}, c IN [i IN range(0, size(s) - 1) | substring(s, i, 1)] |
           CASE
             WHEN c IN ['a', 'o'] THEN {text: acc.text + c, state: 2}
             WHEN c = 'u' THEN {text: acc.text + c, state: CASE acc.state WHEN 0 THEN 2 ELSE 1 END}
             WHEN c = 'e' THEN {text: acc.text + CASE acc.state WHEN 2 THEN '' ELSE c END, state: 1}
             WHEN c IN ['i', 'q', 'y'] THEN {text: acc.text + c, state: 1}
             WHEN c = 'ä' THEN {text: acc.text + 'a', state: 1}
             WHEN c = 'ö' THEN {text: acc.text + 'o', state: 1}
             WHEN c = 'ü' THEN {text: acc.text + 'u', state: 1}
             WHEN c = 'ß' THEN {text: acc.text + 'ss', state: 0}
             ELSE {text: acc.text + c, state: 0}
           END).text] AS names
WITH n, [s IN names | toLower(normalize(s, NFKD))] AS names
WITH n, [s IN names |
         reduce(acc = '', c IN [i IN range(0, size(s) - 1) | substring(s, i, 1)] |
           CASE
             WHEN c =~ '\\p{M}' THEN acc
             WHEN c =~ '[\\p{L}\\p{N}]' THEN acc + c
             WHEN acc = '' OR acc ENDS WITH ' ' THEN acc
             ELSE acc + ' '
           END)] AS keys
WITH n, [k IN keys | CASE WHEN k ENDS WITH ' ' THEN left(k, size(k) - 1) ELSE k END] AS keys
WITH n, reduce(acc = [], k IN keys | CASE WHEN k = '' OR k IN acc THEN acc ELSE acc + k END) AS keys
SET n.searchKey = reduce(acc = '|', k IN keys | acc + k + '|')
RETURN count(n) AS keyed;
