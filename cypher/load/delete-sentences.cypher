// Removes sentences deleted from the store, with their IN, MENTIONS and EVIDENCE_FOR edges.
// Parameters: $keys, a list of sentence ids.
UNWIND $keys AS key
MATCH (s:Sentence {id: key})
DETACH DELETE s
