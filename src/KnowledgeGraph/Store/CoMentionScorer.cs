using KnowledgeGraph.Relate;

namespace KnowledgeGraph.Store;

/// <summary>
/// Rescores every co-mention edge (see <see cref="CoMentionScore"/>) from corpus-wide totals read from the mentions
/// table: distinct sentences and paragraphs with a mention, and per entity the distinct sentences and paragraphs
/// mentioning it. Only edges whose score moved are rewritten (and take the revision).
/// </summary>
internal static class CoMentionScorer
{
    /// <summary>Returns the number of edges whose score changed.</summary>
    public static int Rescore(StoreTransaction tx)
    {
        long sentences = (long)(tx.Scalar("SELECT count(DISTINCT sentence_id) FROM mentions") ?? 0L);
        long paragraphs = (long)(tx.Scalar("SELECT count(DISTINCT paragraph_id) FROM mentions") ?? 0L);
        var perEntity = new Dictionary<string, (long Sentences, long Paragraphs)>(StringComparer.Ordinal);
        foreach (var row in tx.List(
                     "SELECT entity_id, count(DISTINCT sentence_id), count(DISTINCT paragraph_id) FROM mentions GROUP BY entity_id",
                     r => (Id: r.GetString(0), Sentences: r.GetInt64(1), Paragraphs: r.GetInt64(2))))
        {
            perEntity[row.Id] = (row.Sentences, row.Paragraphs);
        }

        var edges = tx.List(
            "SELECT a, b, sentences, paragraphs, demonym_only, score FROM comentions",
            r => (A: r.GetString(0), B: r.GetString(1), Sentences: r.GetInt64(2), Paragraphs: r.GetInt64(3), DemonymOnly: r.GetInt64(4) != 0, Score: r.GetDouble(5)));
        int changed = 0;
        foreach (var edge in edges)
        {
            var a = perEntity.GetValueOrDefault(edge.A);
            var b = perEntity.GetValueOrDefault(edge.B);
            double score = CoMentionScore.Of(
                new ScopeCounts(edge.Sentences, a.Sentences, b.Sentences, sentences),
                new ScopeCounts(edge.Paragraphs, a.Paragraphs, b.Paragraphs, paragraphs),
                edge.DemonymOnly);
            if (score.Equals(edge.Score))
            {
                continue;
            }

            changed++;
            tx.Execute("UPDATE comentions SET score = $p2, revision = $p3 WHERE a = $p0 AND b = $p1", edge.A, edge.B, score, tx.Revision);
        }

        return changed;
    }
}
