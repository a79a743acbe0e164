// Removes claims deleted from the store: the (:Claim) node, its SUBJECT, OBJECT and EVIDENCE_FOR edges, and the
// typed shortcut edge that carries its id. Parameters: $keys, a list of claim ids.
UNWIND $keys AS key
MATCH (c:Claim {id: key})
FOREACH (r IN [(c)-[:SUBJECT]->(:Entity)-[shortcut]->(:Entity) WHERE shortcut.claim_id = key | shortcut] | DELETE r)
DETACH DELETE c
