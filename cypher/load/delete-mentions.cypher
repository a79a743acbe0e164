// Removes MENTIONED_IN edges deleted from the store. Parameters: $rows, a list of {entity, article}.
UNWIND $rows AS row
MATCH (:Entity {id: row.entity})-[m:MENTIONED_IN]->(:Article {id: row.article})
DELETE m
