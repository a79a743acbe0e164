// Removes CO_MENTIONED edges deleted from the store. Parameters: $rows, a list of {a, b}.
UNWIND $rows AS row
MATCH (:Entity {id: row.a})-[r:CO_MENTIONED]-(:Entity {id: row.b})
DELETE r
