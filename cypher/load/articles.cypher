// Upserts articles. Parameters: $rows, a list of
// {id, title, date, outlet, url, author, locations, content_hash, revision}.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.date = row.date,
    a.outlet = row.outlet,
    a.url = row.url,
    a.author = row.author,
    a.locations = row.locations,
    a.content_hash = row.content_hash,
    a.revision = row.revision
