// Upserts co-mention edges, stored once from the entity with the smaller id (query them undirected), and the
// (:Sentence)-[:MENTIONS]->(:Entity) links of their evidence sentences, so an analyst goes from an edge to the
// sentences by `evidence` ids or by MATCH (s:Sentence)-[:MENTIONS]->(a), (s)-[:MENTIONS]->(b).
// Parameters: $rows, a list of {a, b, sentences, paragraphs, articles, score, first, last, evidence, revision}.
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[r:CO_MENTIONED]->(b)
SET r.sentences = row.sentences,
    r.paragraphs = row.paragraphs,
    r.articles = row.articles,
    r.score = row.score,
    r.first = row.first,
    r.last = row.last,
    r.evidence = row.evidence,
    r.revision = row.revision
WITH a, b, row
UNWIND row.evidence AS sentenceId
MATCH (s:Sentence {id: sentenceId})
MERGE (s)-[:MENTIONS]->(a)
MERGE (s)-[:MENTIONS]->(b)
