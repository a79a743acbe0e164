// Upserts sentences and links each to its article: (:Sentence)-[:IN]->(:Article).
// start/end are half-open offsets into the paragraph, which is line `line` of `file`.
// Parameters: $rows, a list of {id, article, paragraph, role, file, line, start, end, text, revision}.
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s.text = row.text,
    s.article = row.article,
    s.paragraph = row.paragraph,
    s.role = row.role,
    s.file = row.file,
    s.line = row.line,
    s.start = row.start,
    s.end = row.end,
    s.revision = row.revision
WITH s, row
MATCH (a:Article {id: row.article})
MERGE (s)-[:IN]->(a)
