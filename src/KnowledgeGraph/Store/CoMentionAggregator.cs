namespace KnowledgeGraph.Store;

/// <summary>
/// Derives one co-mention edge from its occurrences: distinct sentences and paragraphs (a paragraph read in two
/// articles or two files counts once), distinct articles, first and last article date, every evidence sentence id
/// (sorted), and demonym-only when every occurrence is. The score is not stored: it depends on corpus-wide totals, so
/// storing it would rewrite every edge whenever one article is added; <see cref="CoMentionScorer"/> computes it on read.
/// </summary>
internal static class CoMentionAggregator
{
    public static void Refresh(StoreTransaction tx, string a, string b)
    {
        var row = tx.List(
            """
            SELECT count(DISTINCT nullif(o.sentence_id, '')), count(DISTINCT o.paragraph_id), count(DISTINCT o.article_id),
                   min(ar.date), max(ar.date), min(o.demonym_only), count(*)
            FROM comention_occurrences o LEFT JOIN articles ar ON ar.id = o.article_id
            WHERE o.a = $p0 AND o.b = $p1
            """,
            r => (Sentences: r.GetInt64(0), Paragraphs: r.GetInt64(1), Articles: r.GetInt64(2), First: r.IsDBNull(3) ? null : r.GetString(3),
                Last: r.IsDBNull(4) ? null : r.GetString(4), DemonymOnly: r.IsDBNull(5) ? 0 : r.GetInt64(5), Count: r.GetInt64(6)),
            a, b)[0];
        string key = a + "|" + b;
        if (row.Count == 0)
        {
            tx.Execute("DELETE FROM comentions WHERE a = $p0 AND b = $p1", a, b);
            AggregateRefresher.Settle(tx, "comention", key, exists: false);
            return;
        }

        // Demonym-only is decided at the edge's strongest scope: its sentences when it has any, else its paragraphs.
        string scope = row.Sentences > 0 ? "sentence_id <> ''" : "sentence_id = ''";
        long demonymOnly = (long)(tx.Scalar($"SELECT min(demonym_only) FROM comention_occurrences WHERE a = $p0 AND b = $p1 AND {scope}", a, b) ?? 0L);
        var evidence = tx.List(
            "SELECT DISTINCT sentence_id FROM comention_occurrences WHERE a = $p0 AND b = $p1 AND sentence_id <> '' ORDER BY sentence_id",
            r => r.GetString(0), a, b);
        tx.Execute(
            """
            INSERT INTO comentions(a, b, sentences, paragraphs, articles, first, last, demonym_only, evidence, revision)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
            ON CONFLICT(a, b) DO UPDATE SET sentences = excluded.sentences, paragraphs = excluded.paragraphs,
                articles = excluded.articles, first = excluded.first, last = excluded.last,
                demonym_only = excluded.demonym_only, evidence = excluded.evidence, revision = excluded.revision
            WHERE comentions.sentences IS NOT excluded.sentences OR comentions.paragraphs IS NOT excluded.paragraphs
               OR comentions.articles IS NOT excluded.articles OR comentions.first IS NOT excluded.first
               OR comentions.last IS NOT excluded.last OR comentions.demonym_only IS NOT excluded.demonym_only
               OR comentions.evidence IS NOT excluded.evidence
            """,
            a, b, row.Sentences, row.Paragraphs, row.Articles, row.First, row.Last, demonymOnly, string.Join('\n', evidence), tx.Revision);
        AggregateRefresher.Settle(tx, "comention", key, exists: true);
    }
}
