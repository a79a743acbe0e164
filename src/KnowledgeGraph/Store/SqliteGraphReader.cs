using System.Globalization;
using KnowledgeGraph.Build;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>
/// <see cref="IGraphReader"/> over a SQLite store. Rows come in a stable order (by id). A sentence or a
/// claim's evidence shared by two articles (the same paragraph read in both) is reported once, under the
/// article with the smallest id. Co-mention records carry <see cref="CoMentionRecord.DemonymOnly"/>: default queries skip those.
/// Co-mention scores are computed at read time from current totals, so an edge's <see cref="CoMentionRecord.Revision"/>
/// moves when its counts or evidence change, not when corpus growth nudges its score; a full (re)load refreshes every score.
/// </summary>
internal sealed class SqliteGraphReader : IGraphReader
{
    private readonly SqliteConnection connection;

    public SqliteGraphReader(SqliteConnection connection) => this.connection = connection;

    public long Revision => long.Parse(Meta("revision") ?? "0", CultureInfo.InvariantCulture);

    /// <summary>The extraction fingerprint (gazetteers and lexicons) of the last build, or null.</summary>
    public string? Fingerprint => Meta("fingerprint");

    public IEnumerable<EntityRecord> Entities(long sinceRevision = 0)
    {
        using SqliteDataReader row = Query(
            "SELECT id, name, type, subtype, aliases, discovered, confidence, mentions, revision FROM entities WHERE revision > $since ORDER BY id",
            sinceRevision);
        while (row.Read())
        {
            yield return new EntityRecord(
                row.GetString(0), row.GetString(1), row.GetString(2), NullableString(row, 3), Split(row.GetString(4)),
                row.GetInt64(5) != 0, row.GetDouble(6), row.GetInt32(7), row.GetInt64(8));
        }
    }

    public IEnumerable<ArticleRecord> Articles(long sinceRevision = 0)
    {
        using SqliteDataReader row = Query(
            """
            SELECT a.id, a.title, a.date, a.outlet, a.url, a.author,
                   (SELECT group_concat(file || ':' || line, char(10)) FROM
                       (SELECT file, line FROM article_locations WHERE article_id = a.seq ORDER BY file, line)),
                   a.content_hash, a.revision
            FROM articles a WHERE a.revision > $since ORDER BY a.id
            """,
            sinceRevision);
        while (row.Read())
        {
            yield return new ArticleRecord(
                StoreKeys.Hex(row.GetInt64(0)), NullableString(row, 1), NullableString(row, 2), NullableString(row, 3), NullableString(row, 4),
                NullableString(row, 5), Split(NullableString(row, 6) ?? ""), StoreKeys.Hex(row.GetInt64(7)), row.GetInt64(8));
        }
    }

    /// <summary>Sentences with their text cut from their paragraph's (the only copy), each once, under the smallest article id holding it.</summary>
    public IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0)
    {
        using SqliteDataReader row = Query(
            """
            SELECT s.paragraph_id, s.start, a.id, s.role, s.file, s.line, s.end, p.text, s.revision
            FROM sentences s JOIN articles a ON a.seq = s.article_id JOIN paragraphs p ON p.id = s.paragraph_id
            ORDER BY s.paragraph_id, s.start, a.id
            """,
            0);
        long lastParagraph = 0;
        int lastStart = -1;
        string text = "";
        while (row.Read())
        {
            long paragraph = row.GetInt64(0);
            int start = row.GetInt32(1), end = row.GetInt32(6);
            if (paragraph == lastParagraph && start == lastStart && text.Length > 0)
            {
                // The same sentence under a larger article id: reported once, under the smallest.
                continue;
            }

            if (paragraph != lastParagraph || text.Length == 0)
            {
                text = row.GetString(7);
            }

            (lastParagraph, lastStart) = (paragraph, start);
            if (row.GetInt64(8) <= sinceRevision)
            {
                continue;
            }

            yield return new SentenceRecord(
                StoreKeys.Sentence(paragraph, start), StoreKeys.Hex(row.GetInt64(2)), StoreKeys.Hex(paragraph), row.GetString(3), row.GetString(4),
                row.GetInt32(5), start, end, text[start..end], row.GetInt64(8));
        }
    }

    public IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0)
    {
        using SqliteDataReader row = Query(
            "SELECT ae.entity_id, a.id, ae.mentions, ae.revision FROM article_entities ae JOIN articles a ON a.seq = ae.article_id WHERE ae.mentions > 0 AND ae.revision > $since ORDER BY ae.entity_id, a.id",
            sinceRevision);
        while (row.Read())
        {
            yield return new MentionCountRecord(row.GetString(0), StoreKeys.Hex(row.GetInt64(1)), row.GetInt32(2), row.GetInt64(3));
        }
    }

    /// <summary>
    /// Edges with their score computed now, from the current corpus totals (see <see cref="CoMentionScorer"/>), and
    /// their evidence sentences listed from the occurrences (each distinct sentence once, in id order).
    /// </summary>
    public IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0)
    {
        CoMentionScorer scorer = CoMentionScorer.Load(connection);
        using var evidence = new SqliteCommand(
            "SELECT DISTINCT paragraph_id, sentence FROM comention_occurrences WHERE a = $a AND b = $b AND sentence >= 0 ORDER BY paragraph_id, sentence",
            connection);
        SqliteParameter a = evidence.Parameters.Add("$a", SqliteType.Text), b = evidence.Parameters.Add("$b", SqliteType.Text);
        using SqliteDataReader row = Query(
            """
            SELECT a, b, sentences, paragraphs, articles, first, last, revision, demonym_only
            FROM comentions WHERE revision > $since ORDER BY a, b
            """,
            sinceRevision);
        while (row.Read())
        {
            (a.Value, b.Value) = (row.GetString(0), row.GetString(1));
            int sentences = row.GetInt32(2), paragraphs = row.GetInt32(3);
            bool demonymOnly = row.GetInt64(8) != 0;
            var ids = new List<string>(sentences);
            using (SqliteDataReader sent = evidence.ExecuteReader())
            {
                while (sent.Read())
                {
                    ids.Add(StoreKeys.Sentence(sent.GetInt64(0), sent.GetInt64(1)));
                }
            }

            // Ids sort as text in the record (as before integer keys): equal-length hex prefixes, decimal offsets.
            ids.Sort(StringComparer.Ordinal);
            yield return new CoMentionRecord(
                (string)a.Value, (string)b.Value, sentences, paragraphs, row.GetInt32(4), NullableString(row, 5), NullableString(row, 6),
                scorer.Score((string)a.Value, (string)b.Value, sentences, paragraphs, demonymOnly), ids, row.GetInt64(7))
            {
                DemonymOnly = demonymOnly,
            };
        }
    }

    public IEnumerable<ClaimRecord> Claims(long sinceRevision = 0)
    {
        using SqliteDataReader row = Query(
            """
            SELECT id, subject, predicate, predicate_class, object, negated, hedged, source, time, qualifier, confidence, revision
            FROM claims WHERE revision > $since ORDER BY id
            """,
            sinceRevision);
        while (row.Read())
        {
            long key = row.GetInt64(0);
            yield return new ClaimRecord(
                StoreKeys.Hex(key), row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), row.GetInt64(5) != 0,
                row.GetInt64(6) != 0, NullableString(row, 7), NullableString(row, 8), NullableString(row, 9), row.GetDouble(10),
                Evidence(key), row.GetInt64(11));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<SentenceMentionRecord> SentenceMentions()
    {
        using var command = new SqliteCommand(
            """
            SELECT DISTINCT m.paragraph_id, m.sentence, m.entity_id, m.start - m.sentence, m.end - m.sentence, m.kind
            FROM mentions m
            ORDER BY m.paragraph_id, m.sentence, m.start, m.entity_id
            """,
            connection);
        using SqliteDataReader row = command.ExecuteReader();
        while (row.Read())
        {
            yield return new SentenceMentionRecord(
                StoreKeys.Sentence(row.GetInt64(0), row.GetInt64(1)), row.GetString(2), row.GetInt32(3), row.GetInt32(4), row.GetString(5));
        }
    }

    public IEnumerable<Tombstone> Deletions(long sinceRevision)
    {
        using SqliteDataReader row = Query(
            "SELECT kind, key, revision FROM tombstones WHERE revision > $since ORDER BY revision, kind, key", sinceRevision);
        while (row.Read())
        {
            yield return new Tombstone(row.GetString(0), row.GetString(1), row.GetInt64(2));
        }
    }

    public long GetWatermark(string consumer)
    {
        using var command = new SqliteCommand("SELECT revision FROM watermarks WHERE consumer = $c", connection);
        command.Parameters.AddWithValue("$c", consumer);
        return command.ExecuteScalar() is long revision ? revision : 0;
    }

    public void SetWatermark(string consumer, long revision)
    {
        using var command = new SqliteCommand(
            "INSERT INTO watermarks(consumer, revision) VALUES ($c, $r) ON CONFLICT(consumer) DO UPDATE SET revision = excluded.revision",
            connection);
        command.Parameters.AddWithValue("$c", consumer);
        command.Parameters.AddWithValue("$r", revision);
        command.ExecuteNonQuery();
    }

    private List<ClaimEvidenceRecord> Evidence(long claimId)
    {
        using var command = new SqliteCommand(
            """
            SELECT e.paragraph_id, e.sentence, a.id, e.file, e.line, e.start, e.end, e.trigger, e.confidence, e.time
            FROM claim_evidence e JOIN articles a ON a.seq = e.article_id
            WHERE e.claim_id = $id
              AND a.id = (SELECT min(b.id) FROM claim_evidence f JOIN articles b ON b.seq = f.article_id
                          WHERE f.claim_id = e.claim_id AND f.paragraph_id = e.paragraph_id AND f.sentence = e.sentence AND f.start = e.start)
            ORDER BY e.file, e.line, e.start
            """,
            connection);
        command.Parameters.AddWithValue("$id", claimId);
        using SqliteDataReader row = command.ExecuteReader();
        var evidence = new List<ClaimEvidenceRecord>();
        while (row.Read())
        {
            evidence.Add(new ClaimEvidenceRecord(
                StoreKeys.Sentence(row.GetInt64(0), row.GetInt64(1)), StoreKeys.Hex(row.GetInt64(2)), row.GetString(3), row.GetInt32(4), row.GetInt32(5),
                row.GetInt32(6), row.GetString(7), row.GetDouble(8), NullableString(row, 9)));
        }

        return evidence;
    }

    private string? Meta(string key)
    {
        using var command = new SqliteCommand("SELECT value FROM meta WHERE key = $key", connection);
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private SqliteDataReader Query(string sql, long sinceRevision)
    {
        var command = new SqliteCommand(sql, connection);
        command.Parameters.AddWithValue("$since", sinceRevision);
        return command.ExecuteReader(System.Data.CommandBehavior.Default);
    }

    private static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static string[] Split(string joined) => joined.Length == 0 ? [] : joined.Split('\n');
}
