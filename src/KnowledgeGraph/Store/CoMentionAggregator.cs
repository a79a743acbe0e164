using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// Derives the co-mention edges of every touched pair from their occurrences, set-wise (a handful of statements per
/// batch): distinct sentences and paragraphs (a paragraph read in two articles or two files counts once), distinct
/// articles, first and last article date, every evidence sentence id (sorted, '\n'-joined), and demonym-only when every
/// occurrence at the edge's strongest scope (its sentences if any, else its paragraphs) is. A pair left without
/// occurrences is deleted and tombstoned. The score is not stored: it depends on corpus-wide totals, so storing it would
/// rewrite every edge whenever one article is added; <see cref="CoMentionScorer"/> computes it on read.
/// </summary>
internal static class CoMentionAggregator
{
    private const string Present = "EXISTS (SELECT 1 FROM comention_occurrences o WHERE o.a = t.a AND o.b = t.b)";

    public static void Refresh(StoreTransaction tx, IReadOnlyCollection<(string A, string B)> pairs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        long before = tx.Changes;
        tx.Execute("CREATE TEMP TABLE IF NOT EXISTS touched_pairs (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID");
        tx.Execute("DELETE FROM touched_pairs");
        tx.InsertRows("INSERT OR IGNORE INTO touched_pairs(a, b)", pairs.Select(p => new object?[] { p.A, p.B }).ToList());
        tx.Discount(tx.Changes - before);
        tx.Execute($"DELETE FROM comentions WHERE EXISTS (SELECT 1 FROM touched_pairs t WHERE t.a = comentions.a AND t.b = comentions.b AND NOT {Present})");
        tx.Execute(
            $"INSERT INTO tombstones(kind, key, revision) SELECT 'comention', t.a || '|' || t.b, $p0 FROM touched_pairs t WHERE NOT {Present} ON CONFLICT(kind, key) DO UPDATE SET revision = excluded.revision",
            tx.Revision);
        tx.Execute($"DELETE FROM tombstones WHERE kind = 'comention' AND key IN (SELECT t.a || '|' || t.b FROM touched_pairs t WHERE {Present})");
        tx.Execute(
            """
            INSERT INTO comentions(a, b, sentences, paragraphs, articles, first, last, demonym_only, evidence, revision)
            SELECT o.a, o.b, count(DISTINCT nullif(o.sentence_id, '')), count(DISTINCT o.paragraph_id), count(DISTINCT o.article_id),
                   min(ar.date), max(ar.date),
                   coalesce(min(CASE WHEN o.sentence_id <> '' THEN o.demonym_only END), min(o.demonym_only)),
                   coalesce((SELECT group_concat(s, char(10)) FROM
                       (SELECT DISTINCT x.sentence_id AS s FROM comention_occurrences x
                        WHERE x.a = o.a AND x.b = o.b AND x.sentence_id <> '' ORDER BY x.sentence_id)), ''),
                   $p0
            FROM touched_pairs t JOIN comention_occurrences o ON o.a = t.a AND o.b = t.b LEFT JOIN articles ar ON ar.id = o.article_id
            WHERE true
            GROUP BY o.a, o.b
            ON CONFLICT(a, b) DO UPDATE SET sentences = excluded.sentences, paragraphs = excluded.paragraphs,
                articles = excluded.articles, first = excluded.first, last = excluded.last,
                demonym_only = excluded.demonym_only, evidence = excluded.evidence, revision = excluded.revision
            WHERE comentions.sentences IS NOT excluded.sentences OR comentions.paragraphs IS NOT excluded.paragraphs
               OR comentions.articles IS NOT excluded.articles OR comentions.first IS NOT excluded.first
               OR comentions.last IS NOT excluded.last OR comentions.demonym_only IS NOT excluded.demonym_only
               OR comentions.evidence IS NOT excluded.evidence
            """,
            tx.Revision);
    }
}
