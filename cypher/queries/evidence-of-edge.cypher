// The sentences behind any edge between two entities: co-mention evidence and the evidence of claims in either
// direction, each with article, file, line and offsets.
// Parameters:
//   $a string  id of one entity (e.g. 'china')
//   $b string  id of the other entity (e.g. 'pakistan')
MATCH (x:Entity {id: $a})
OPTIONAL MATCH (x)-[co:CO_MENTIONED]-(:Entity {id: $b})
OPTIONAL MATCH (c:Claim)-[:SUBJECT|OBJECT]->(x)
WHERE EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $b}) }
OPTIONAL MATCH (cs:Sentence)-[:EVIDENCE_FOR]->(c)
WITH co, collect(cs.id) AS claimSentenceIds, collect(DISTINCT c.id) AS claimIds
UNWIND coalesce(co.evidence, []) + claimSentenceIds AS sentenceId
WITH DISTINCT sentenceId, claimIds
MATCH (s:Sentence {id: sentenceId})
OPTIONAL MATCH (s)-[:IN]->(art:Article)
RETURN s.id AS sentence, s.text AS text, s.file AS file, s.line AS line, s.start AS start, s.end AS end,
       art.title AS article, claimIds AS claims
ORDER BY file, line, start
