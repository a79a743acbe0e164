namespace KnowledgeGraph.Ingest;

/// <summary>Picks the <see cref="IArticleSource"/> for a file by its extension.</summary>
internal static class ArticleSources
{
    public static IArticleSource For(InputFile file, IngestOptions options) => file.Extension switch
    {
        ".html" or ".htm" => new HtmlArticleSource(file.Path, options),
        ".jsonl" => new JsonlArticleSource(file.Path, options),
        _ => new TextArticleSource(file.Path, options),
    };
}
