// Upserts the entities of one type. TYPE_LABEL is replaced by the loader with one of the seven entity type
// labels from its fixed whitelist (Country, Person, Organisation, Project, Place, Group, Event); a changed type
// loses its old label. Parameters: $rows, a list of
// {id, name, type, subtype, aliases, aliases_text, discovered, confidence, mentions, revision}.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
REMOVE e:Country:Person:Organisation:Project:Place:Group:Event
SET e:TYPE_LABEL,
    e.name = row.name,
    e.type = row.type,
    e.subtype = row.subtype,
    e.aliases = row.aliases,
    e.aliases_text = row.aliases_text,
    e.discovered = row.discovered,
    e.confidence = row.confidence,
    e.mentions = row.mentions,
    e.revision = row.revision
