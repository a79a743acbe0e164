// An entity by any alias: exact name or alias match, case-insensitive, then full-text matches on names and
// aliases (index entity_names) for partial forms.
// Parameters:
//   $alias string  any name, alias, acronym or demonym (e.g. 'PRC', 'Islamic Emirate')
CALL () {
  MATCH (e:Entity)
  WHERE toLower(e.name) = toLower($alias) OR any(a IN e.aliases WHERE toLower(a) = toLower($alias))
  RETURN e, 2.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace($alias, '"', '') + '"') YIELD node, score
  RETURN node AS e, score
}
RETURN e.id AS id, e.name AS name, e.type AS type, e.subtype AS subtype, e.aliases AS aliases, max(score) AS score
ORDER BY score DESC, id
LIMIT 10
