using KnowledgeGraph.Model;

namespace KnowledgeGraph.Build;

/// <summary>
/// What one build has read so far: article ids and content hashes, every article and paragraph location seen, and
/// the files that yielded articles (a stored location in such a file that was not seen again is gone).
/// </summary>
internal sealed class RunState
{
    public Dictionary<string, string> HashById { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> IdByHash { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, HashSet<(string File, int Line)>> ArticleLocations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, HashSet<(int Index, string Paragraph, string File, int Line)>> ParagraphLocations { get; } = new(StringComparer.Ordinal);
    public HashSet<string> FilesRead { get; } = new(StringComparer.Ordinal);
    /// <summary>First location of each article that is new in this run (to count a retitled article as changed).</summary>
    public Dictionary<(string File, int Line), string> NewArticlesAt { get; } = [];

    /// <summary>Records where <paramref name="doc"/> (or a repeat of it) was read, under article <paramref name="articleId"/>.</summary>
    public void See(string articleId, Document doc)
    {
        if (!ArticleLocations.TryGetValue(articleId, out var articles))
        {
            ArticleLocations[articleId] = articles = [];
            ParagraphLocations[articleId] = [];
        }

        var paragraphs = ParagraphLocations[articleId];
        foreach (SourceLocation location in doc.Locations)
        {
            articles.Add((location.File, location.Line));
            FilesRead.Add(location.File);
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (SourceLocation location in paragraph.Locations)
            {
                paragraphs.Add((paragraph.Index, paragraph.Id, location.File, location.Line));
                FilesRead.Add(location.File);
            }
        }
    }
}
