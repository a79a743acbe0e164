// Claims between two entities over time, in either direction: predicate, negation, hedging, who says so, when,
// and the sentences (file, line, offsets) that assert each claim.
// Parameters:
//   $a string  id of one entity (e.g. 'china')
//   $b string  id of the other entity (e.g. 'taliban')
MATCH (c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WHERE (s.id = $a AND o.id = $b) OR (s.id = $b AND o.id = $a)
OPTIONAL MATCH (sent:Sentence)-[ev:EVIDENCE_FOR]->(c)
OPTIONAL MATCH (sent)-[:IN]->(art:Article)
RETURN c.time AS time, s.name AS subject, c.predicate AS predicate, o.name AS object, c.negated AS negated,
       c.hedged AS hedged, c.source AS source, c.confidence AS confidence,
       collect({sentence: sent.id, text: sent.text, file: sent.file, line: sent.line, start: ev.start, end: ev.end,
                article: art.title, date: art.date}) AS evidence
ORDER BY coalesce(time, '9999'), predicate, subject
