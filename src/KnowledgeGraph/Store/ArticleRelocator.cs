using System.Globalization;

namespace KnowledgeGraph.Store;

/// <summary>
/// Rewrites the file:line an article's rows carry after its locations moved (lines inserted above it, a copy in
/// another file added or pruned): each paragraph position takes its place in the first copy read in this run, and
/// sentences and claim evidence take their paragraph's earliest location (file, then line) in the article.
/// </summary>
internal static class ArticleRelocator
{
    private const string Earliest =
        "(SELECT pl.{0} FROM paragraph_locations pl WHERE pl.paragraph_id = {1} AND pl.article_id = {2}.article_id ORDER BY pl.file, pl.line LIMIT 1)";

    public static void Relocate(StoreTransaction tx, string article, List<(string File, int Line)>? places)
    {
        if (places is null)
        {
            Update(tx, article, "article_paragraphs", "article_paragraphs.paragraph_id", stamped: false);
        }
        else
        {
            for (int idx = 0; idx < places.Count; idx++)
            {
                tx.Execute(
                    "UPDATE article_paragraphs SET file = $p2, line = $p3 WHERE article_id = $p0 AND idx = $p1 AND (file <> $p2 OR line <> $p3)",
                    article, idx, places[idx].File, places[idx].Line);
            }
        }

        Update(tx, article, "sentences", "sentences.paragraph_id", stamped: true);
        Update(tx, article, "claim_evidence", "substr(claim_evidence.sentence_id, 1, instr(claim_evidence.sentence_id, ':') - 1)", stamped: false);
        tx.Execute("UPDATE articles SET revision = $p1 WHERE id = $p0", article, tx.Revision);
    }

    private static void Update(StoreTransaction tx, string article, string table, string paragraphOf, bool stamped)
    {
        string file = $"coalesce({string.Format(CultureInfo.InvariantCulture, Earliest, "file", paragraphOf, table)}, '')";
        string line = $"coalesce({string.Format(CultureInfo.InvariantCulture, Earliest, "line", paragraphOf, table)}, 0)";
        string stamp = stamped ? ", revision = $p1" : "";
        tx.Execute($"UPDATE {table} SET file = {file}, line = {line}{stamp} WHERE article_id = $p0 AND (file IS NOT {file} OR line IS NOT {line})", article, tx.Revision);
    }
}
