// Removes articles deleted from the store, with their sentences and every edge of both.
// Parameters: $keys, a list of article ids.
UNWIND $keys AS key
MATCH (a:Article {id: key})
FOREACH (s IN [(s:Sentence)-[:IN]->(a) | s] | DETACH DELETE s)
DETACH DELETE a
