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
                       (SELECT file, line FROM article_locations WHERE article_id = a.id ORDER BY file, line)),
                   a.content_hash, a.revision
            FROM articles a WHERE a.revision > $since ORDER BY a.id
            """,
            sinceRevision);
        while (row.Read())
        {
            yield return new ArticleRecord(
                row.GetString(0), NullableString(row, 1), NullableString(row, 2), NullableString(row, 3), NullableString(row, 4),
                NullableString(row, 5), Split(NullableString(row, 6) ?? ""), row.GetString(7), row.GetInt64(8));
        }
    }

    public IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0)
    {
        using SqliteDataReader row = Query(
            """
            SELECT s.id, s.article_id, s.paragraph_id, s.role, s.file, s.line, s.start, s.end, s.text, s.revision
            FROM sentences s
            WHERE s.revision > $since AND s.article_id = (SELECT min(t.article_id) FROM sentences t WHERE t.id = s.id)
            ORDER BY s.id
            """,
            sinceRevision);
        while (row.Read())
        {
            yield return new SentenceRecord(
                row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), row.GetInt32(5),
                row.GetInt32(6), row.GetInt32(7), row.GetString(8), row.GetInt64(9));
        }
    }

    public IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0)
    {
        using SqliteDataReader row = Query(
            "SELECT entity_id, article_id, count, revision FROM mention_counts WHERE revision > $since ORDER BY entity_id, article_id",
            sinceRevision);
        while (row.Read())
        {
            yield return new MentionCountRecord(row.GetString(0), row.GetString(1), row.GetInt32(2), row.GetInt64(3));
        }
    }

    /// <summary>Edges with their score computed now, from the current corpus totals (see <see cref="CoMentionScorer"/>).</summary>
    public IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0)
    {
        CoMentionScorer scorer = CoMentionScorer.Load(connection);
        using SqliteDataReader row = Query(
            """
            SELECT a, b, sentences, paragraphs, articles, first, last, evidence, revision, demonym_only
            FROM comentions WHERE revision > $since ORDER BY a, b
            """,
            sinceRevision);
        while (row.Read())
        {
            string a = row.GetString(0), b = row.GetString(1);
            int sentences = row.GetInt32(2), paragraphs = row.GetInt32(3);
            bool demonymOnly = row.GetInt64(9) != 0;
            yield return new CoMentionRecord(
                a, b, sentences, paragraphs, row.GetInt32(4), NullableString(row, 5), NullableString(row, 6),
                scorer.Score(a, b, sentences, paragraphs, demonymOnly), Split(row.GetString(7)), row.GetInt64(8))
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
            string id = row.GetString(0);
            yield return new ClaimRecord(
                id, row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), row.GetInt64(5) != 0,
                row.GetInt64(6) != 0, NullableString(row, 7), NullableString(row, 8), NullableString(row, 9), row.GetDouble(10),
                Evidence(id), row.GetInt64(11));
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

    private List<ClaimEvidenceRecord> Evidence(string claimId)
    {
        using var command = new SqliteCommand(
            """
            SELECT e.sentence_id, e.article_id, e.file, e.line, e.start, e.end, e.trigger, e.confidence
            FROM claim_evidence e
            WHERE e.claim_id = $id
              AND e.article_id = (SELECT min(f.article_id) FROM claim_evidence f
                                  WHERE f.claim_id = e.claim_id AND f.sentence_id = e.sentence_id AND f.start = e.start)
            ORDER BY e.file, e.line, e.start
            """,
            connection);
        command.Parameters.AddWithValue("$id", claimId);
        using SqliteDataReader row = command.ExecuteReader();
        var evidence = new List<ClaimEvidenceRecord>();
        while (row.Read())
        {
            evidence.Add(new ClaimEvidenceRecord(
                row.GetString(0), row.GetString(1), row.GetString(2), row.GetInt32(3), row.GetInt32(4), row.GetInt32(5),
                row.GetString(6), row.GetDouble(7)));
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
