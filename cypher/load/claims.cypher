// Upserts claim nodes: (:Claim)-[:SUBJECT]->(:Entity), (:Claim)-[:OBJECT]->(:Entity) and
// (:Sentence)-[:EVIDENCE_FOR {start, end, trigger, confidence}]->(:Claim). A claim's evidence is replaced whole,
// so a sentence that no longer asserts it stops pointing at it. Typed shortcut edges: claim-edges.cypher.
// Parameters: $rows, a list of {id, subject, predicate, class, object, negated, hedged, source, time, qualifier,
// confidence, evidence_ids, evidence: [{sentence, start, end, trigger, confidence}], revision}.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate,
    c.class = row.class,
    c.negated = row.negated,
    c.hedged = row.hedged,
    c.source = row.source,
    c.time = row.time,
    c.qualifier = row.qualifier,
    c.confidence = row.confidence,
    c.evidence = row.evidence_ids,
    c.revision = row.revision
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
FOREACH (old IN [(c)<-[x:EVIDENCE_FOR]-() | x] | DELETE old)
WITH c, s, o, row
UNWIND row.evidence AS ev
MATCH (sentence:Sentence {id: ev.sentence})
MERGE (sentence)-[r:EVIDENCE_FOR]->(c)
SET r.start = ev.start,
    r.end = ev.end,
    r.trigger = ev.trigger,
    r.confidence = ev.confidence
MERGE (sentence)-[:MENTIONS]->(s)
MERGE (sentence)-[:MENTIONS]->(o)
