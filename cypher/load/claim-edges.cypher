// Upserts the typed shortcut edge of each claim: (subject)-[:PREDICATE_TYPE {claim_id, …}]->(object).
// PREDICATE_TYPE is replaced by the loader with one predicate from its fixed whitelist (HOSTS, SUPPORTS, …,
// checked against ^[A-Z_]+$); rows of one batch share that predicate. claim_id leads to the (:Claim) node and
// from there to its evidence sentences. Parameters: $rows, a list of
// {id, subject, object, negated, hedged, source, time, confidence, evidence_ids, revision}.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:PREDICATE_TYPE {claim_id: row.id}]->(o)
SET r.negated = row.negated,
    r.hedged = row.hedged,
    r.source = row.source,
    r.time = row.time,
    r.confidence = row.confidence,
    r.evidence = row.evidence_ids,
    r.revision = row.revision
