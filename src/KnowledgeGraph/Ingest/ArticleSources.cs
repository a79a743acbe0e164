namespace KnowledgeGraph.Ingest;

/// <summary>Picks the <see cref="IArticleSource"/> for a file by its extension.</summary>
internal static class ArticleSources
{
    /// <summary>The source for <paramref name="file"/>; text sources share <paramref name="classifier"/>.</summary>
    public static IArticleSource For(InputFile file, IngestOptions options, LineClassifier classifier) => file.Extension switch
    {
        ".html" or ".htm" => new HtmlArticleSource(file.Path, options),
        ".jsonl" => new JsonlArticleSource(file.Path, options),
        _ => new TextArticleSource(file.Path, options, classifier),
    };
}
