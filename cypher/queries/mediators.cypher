// Who mediates between X and Y: entities with claims towards both (mediates, hosts, meets, negotiates with, …) or,
// failing that, strong co-mentions with both; ranked by how much evidence links them to each side.
// Parameters:
//   $x     string   id of one side (e.g. 'afghanistan')
//   $y     string   id of the other side (e.g. 'pakistan')
//   $limit integer  how many to return (e.g. 10)
MATCH (x:Entity {id: $x})-[rx]-(m:Entity)-[ry]-(y:Entity {id: $y})
WHERE m <> x AND m <> y
  AND type(rx) <> 'MENTIONED_IN' AND type(ry) <> 'MENTIONED_IN'
WITH m, collect(DISTINCT type(rx)) + collect(DISTINCT type(ry)) AS links,
     sum(coalesce(rx.sentences, 1)) + sum(coalesce(ry.sentences, 1)) AS weight,
     any(t IN collect(type(rx)) + collect(type(ry)) WHERE t IN ['MEDIATES', 'MEDIATES_BETWEEN', 'HOSTS', 'NEGOTIATES_WITH', 'MEETS']) AS brokers
RETURN m.id AS id, m.name AS name, m.type AS type, brokers, weight, links
ORDER BY brokers DESC, weight DESC, id
LIMIT $limit
