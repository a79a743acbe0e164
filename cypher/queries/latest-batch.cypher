// What the latest batch of articles added: the articles written by the most recent store revision, and the
// entities, co-mentions and claims that revision wrote.
// Parameters:
//   $limit integer  most rows per kind (e.g. 50)
MATCH (a:Article)
WITH max(a.revision) AS latest
MATCH (art:Article {revision: latest})
WITH latest, collect(art.title)[0..$limit] AS articles
OPTIONAL MATCH (e:Entity {revision: latest})
WITH latest, articles, collect(e.name)[0..$limit] AS entities
OPTIONAL MATCH (x:Entity)-[r:CO_MENTIONED {revision: latest}]->(y:Entity)
WITH latest, articles, entities, collect(x.name + ' – ' + y.name)[0..$limit] AS comentions
OPTIONAL MATCH (c:Claim {revision: latest})-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
RETURN latest AS revision, articles, entities, comentions,
       collect(s.name + ' ' + c.predicate + ' ' + o.name)[0..$limit] AS claims
