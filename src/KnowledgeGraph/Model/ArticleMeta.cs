namespace KnowledgeGraph.Model;

/// <summary>Metadata of an article; every field is optional because blog dumps carry none of it.</summary>
internal sealed record ArticleMeta
{
    public string? Title { get; init; }
    /// <summary>ISO date (yyyy-MM-dd, or a prefix of it) when the source gives one.</summary>
    public string? Date { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }

    public static ArticleMeta Empty { get; } = new();
}
