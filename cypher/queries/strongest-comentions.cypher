// Strongest co-mentions of an entity: the entities most often named with it, by association score, with counts,
// first and last dates and up to three evidence sentences.
// Parameters:
//   $entity string   id of the entity (e.g. 'china')
//   $limit  integer  how many to return (e.g. 10)
MATCH (e:Entity {id: $entity})-[r:CO_MENTIONED]-(other:Entity)
WITH other, r
ORDER BY r.score DESC, r.sentences DESC, other.id
LIMIT $limit
OPTIONAL MATCH (s:Sentence)
WHERE s.id IN r.evidence[0..3]
RETURN other.id AS id, other.name AS name, other.type AS type, r.score AS score, r.sentences AS sentences,
       r.paragraphs AS paragraphs, r.articles AS articles, r.first AS first, r.last AS last,
       collect(s.text) AS examples
ORDER BY score DESC, sentences DESC, id
