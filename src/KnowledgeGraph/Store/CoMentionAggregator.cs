namespace KnowledgeGraph.Store;

/// <summary>
/// Derives the co-mention edges of the touched pairs from their occurrences, set-wise (a handful of statements for
/// any number of pairs): distinct sentences and paragraphs (a paragraph read in two articles or two files counts once),
/// distinct articles, first and last article date, and demonym-only when every occurrence at the edge's strongest scope
/// (its sentences if any, else its paragraphs) is. A pair left without occurrences is deleted and tombstoned. Neither
/// the evidence list nor the score is stored: readers list the evidence from the occurrences, and the score depends on
/// corpus-wide totals, so storing it would rewrite every edge whenever one article is added.
/// </summary>
internal static class CoMentionAggregator
{
    private const string Present = "EXISTS (SELECT 1 FROM comention_occurrences o WHERE o.a = t.a AND o.b = t.b)";

    public static (long Added, long Removed) Refresh(StoreTransaction tx, IReadOnlyCollection<(string A, string B)> pairs)
    {
        if (pairs.Count == 0)
        {
            return (0, 0);
        }

        Temp.Load(tx, "touched_pairs", pairs);
        long added = (long)tx.Scalar($"SELECT count(*) FROM touched_pairs t WHERE {Present} AND NOT EXISTS (SELECT 1 FROM comentions c WHERE c.a = t.a AND c.b = t.b)")!;
        long removed = tx.Execute($"DELETE FROM comentions WHERE EXISTS (SELECT 1 FROM touched_pairs t WHERE t.a = comentions.a AND t.b = comentions.b AND NOT {Present})");
        var gone = tx.List($"SELECT t.a || '|' || t.b FROM touched_pairs t WHERE NOT {Present}", r => r.GetString(0));
        if (tx.Scalar("SELECT 1 FROM tombstones WHERE kind = 'comention' LIMIT 1") is not null)
        {
            tx.Execute($"DELETE FROM tombstones WHERE kind = 'comention' AND key IN (SELECT t.a || '|' || t.b FROM touched_pairs t WHERE {Present})");
        }

        Tombstones.Settle(tx, "comention", gone.Select(key => (key, false)));
        tx.Execute(
            """
            INSERT INTO comentions(a, b, sentences, paragraphs, articles, first, last, demonym_only, revision)
            SELECT o.a, o.b,
                   (SELECT count(*) FROM (SELECT DISTINCT x.paragraph_id, x.sentence FROM comention_occurrences x
                                          WHERE x.a = o.a AND x.b = o.b AND x.sentence >= 0)),
                   count(DISTINCT o.paragraph_id), count(DISTINCT o.article_id),
                   min(ar.date), max(ar.date),
                   coalesce(min(CASE WHEN o.sentence >= 0 THEN o.demonym_only END), min(o.demonym_only)),
                   $p0
            FROM touched_pairs t JOIN comention_occurrences o ON o.a = t.a AND o.b = t.b LEFT JOIN articles ar ON ar.id = o.article_id
            WHERE true
            GROUP BY o.a, o.b
            ON CONFLICT(a, b) DO UPDATE SET sentences = excluded.sentences, paragraphs = excluded.paragraphs,
                articles = excluded.articles, first = excluded.first, last = excluded.last,
                demonym_only = excluded.demonym_only, revision = excluded.revision
            WHERE comentions.sentences IS NOT excluded.sentences OR comentions.paragraphs IS NOT excluded.paragraphs
               OR comentions.articles IS NOT excluded.articles OR comentions.first IS NOT excluded.first
               OR comentions.last IS NOT excluded.last OR comentions.demonym_only IS NOT excluded.demonym_only
            """,
            tx.Revision);
        return (added, removed);
    }
}
