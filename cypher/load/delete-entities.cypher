// Removes entities deleted from the store, with every edge they had. Parameters: $keys, a list of entity ids.
UNWIND $keys AS key
MATCH (e:Entity {id: key})
DETACH DELETE e
