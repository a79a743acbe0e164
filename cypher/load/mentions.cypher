// Upserts how often an entity is mentioned in an article: (:Entity)-[:MENTIONED_IN {count}]->(:Article).
// Parameters: $rows, a list of {entity, article, count, revision}.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (a:Article {id: row.article})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.count = row.count,
    m.revision = row.revision
