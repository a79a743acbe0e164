using KnowledgeGraph.Build;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>
/// Scores co-mention edges on read (see <see cref="CoMentionScore"/>) from the corpus-wide totals of the mentions table:
/// distinct sentences and paragraphs holding a mention, and per entity the distinct sentences and paragraphs naming it.
/// Loaded once per enumeration; a paragraph read in two articles counts once, as everywhere in the store.
/// </summary>
internal sealed class CoMentionScorer
{
    private readonly Dictionary<string, (long Sentences, long Paragraphs)> perEntity = new(StringComparer.Ordinal);
    private long sentences;
    private long paragraphs;

    public static CoMentionScorer Load(SqliteConnection connection)
    {
        var scorer = new CoMentionScorer();
        using var command = new SqliteCommand(
            """
            SELECT entity_id, count(*), count(DISTINCT paragraph_id) FROM (SELECT DISTINCT entity_id, paragraph_id, sentence FROM mentions) GROUP BY entity_id
            UNION ALL SELECT NULL, (SELECT count(*) FROM (SELECT DISTINCT paragraph_id, sentence FROM mentions)), count(DISTINCT paragraph_id) FROM mentions
            """,
            connection);
        using SqliteDataReader row = command.ExecuteReader();
        while (row.Read())
        {
            if (row.IsDBNull(0))
            {
                (scorer.sentences, scorer.paragraphs) = (row.GetInt64(1), row.GetInt64(2));
            }
            else
            {
                scorer.perEntity[row.GetString(0)] = (row.GetInt64(1), row.GetInt64(2));
            }
        }

        return scorer;
    }

    public double Score(string a, string b, long sharedSentences, long sharedParagraphs, bool demonymOnly)
    {
        var x = perEntity.GetValueOrDefault(a);
        var y = perEntity.GetValueOrDefault(b);
        return CoMentionScore.Of(
            new ScopeCounts(sharedSentences, x.Sentences, y.Sentences, sentences),
            new ScopeCounts(sharedParagraphs, x.Paragraphs, y.Paragraphs, paragraphs),
            demonymOnly);
    }
}
