// Militant groups and where they are based: organisations of subtype militant_group with BASED_IN claims and, as
// weaker hints, the places they are most co-mentioned with.
// Parameters:
//   $limit integer  places per group (e.g. 5)
MATCH (g:Organisation {subtype: 'militant_group'})
OPTIONAL MATCH (g)-[b:BASED_IN]->(base:Entity)
WITH g, collect(DISTINCT base.name) AS based_in
OPTIONAL MATCH (g)-[r:CO_MENTIONED]-(place:Entity)
WHERE place:Place OR place:Country
WITH g, based_in, place, r
ORDER BY r.score DESC
WITH g, based_in, collect(place.name)[0..$limit] AS co_mentioned_places
RETURN g.id AS id, g.name AS group_name, based_in, co_mentioned_places
ORDER BY size(based_in) DESC, group_name
