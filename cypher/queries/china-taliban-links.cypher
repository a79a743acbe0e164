// China–Taliban links: every path of up to 3 hops between two entities over claim and co-mention edges, with the
// evidence sentence ids of each hop (follow them with MATCH (s:Sentence {id: …})-[:IN]->(a:Article)).
// Parameters:
//   $from  string   id of the first entity (e.g. 'china')
//   $to    string   id of the second entity (e.g. 'taliban')
//   $limit integer  most paths to return (e.g. 25)
MATCH p = (a:Entity {id: $from})-[*1..3]-(b:Entity {id: $to})
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONED_IN')
  AND all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | type(r)] AS edges,
       [r IN relationships(p) | r.evidence] AS evidence,
       length(p) AS hops
ORDER BY hops, reduce(total = 0.0, r IN relationships(p) | total - coalesce(r.score, r.confidence, 0.0))
LIMIT $limit
