namespace KnowledgeGraph.Store;

/// <summary>
/// Rewrites the file:line an article's rows carry after its locations moved (lines inserted above it, a copy in
/// another file added or pruned). The primary location of a paragraph position is its earliest location (file, then
/// line); sentences and claim evidence sit at the earliest location of their paragraph in the article.
/// </summary>
internal static class ArticleRelocator
{
    private const string ByPosition =
        "(SELECT pl.{0} FROM paragraph_locations pl WHERE pl.article_id = article_paragraphs.article_id AND pl.idx = article_paragraphs.idx ORDER BY pl.file, pl.line LIMIT 1)";

    private const string ByParagraph =
        "(SELECT pl.{0} FROM paragraph_locations pl WHERE pl.article_id = {1}.article_id AND pl.paragraph_id = {2} ORDER BY pl.file, pl.line LIMIT 1)";

    /// <summary>Relocates the rows of the article whose row number is <paramref name="article"/>.</summary>
    public static void Relocate(StoreTransaction tx, long article)
    {
        Update(tx, article, "article_paragraphs", ByPosition, "", stamped: false);
        Update(tx, article, "sentences", ByParagraph, "sentences.paragraph_id", stamped: true);
        Update(tx, article, "claim_evidence", ByParagraph, "claim_evidence.paragraph_id", stamped: false);
        tx.Execute("UPDATE articles SET revision = $p1 WHERE seq = $p0", article, tx.Revision);
    }

    private static void Update(StoreTransaction tx, long article, string table, string template, string paragraphOf, bool stamped)
    {
        string file = "coalesce(" + template.Replace("{0}", "file", StringComparison.Ordinal).Replace("{1}", table, StringComparison.Ordinal).Replace("{2}", paragraphOf, StringComparison.Ordinal) + ", '')";
        string line = "coalesce(" + template.Replace("{0}", "line", StringComparison.Ordinal).Replace("{1}", table, StringComparison.Ordinal).Replace("{2}", paragraphOf, StringComparison.Ordinal) + ", 0)";
        string stamp = stamped ? ", revision = $p1" : "";
        tx.Execute($"UPDATE {table} SET file = {file}, line = {line}{stamp} WHERE article_id = $p0 AND (file IS NOT {file} OR line IS NOT {line})", article, tx.Revision);
    }
}
