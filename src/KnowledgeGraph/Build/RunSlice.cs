namespace KnowledgeGraph.Build;

/// <summary>
/// What a build has read since it last handed its run record to the store (<see cref="IRunLedger.Append"/>): the ids
/// it gave articles and their content hashes, where each article and paragraph was seen, and the first place of each
/// article new to the store. Bounded by <see cref="RunState"/>, which hands it over every few hundred articles.
/// </summary>
internal sealed class RunSlice
{
    /// <summary>Article ids used in this slice (an id taken by one text cannot name another in the same run).</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The article id each content hash was read under.</summary>
    public Dictionary<string, string> IdByHash { get; } = new(StringComparer.Ordinal);

    public List<(string Article, string File, int Line)> ArticleLocations { get; } = [];

    public List<(string Article, int Index, string Paragraph, string File, int Line)> ParagraphLocations { get; } = [];

    /// <summary>First location of each article that is new to the store (to count a retitled article as changed); the first one recorded wins.</summary>
    public Dictionary<(string File, int Line), string> NewArticlesAt { get; } = [];

    /// <summary>Articles seen (See calls) in this slice.</summary>
    public int Articles { get; set; }

    public bool IsEmpty => Ids.Count == 0 && IdByHash.Count == 0 && ArticleLocations.Count == 0 && ParagraphLocations.Count == 0 && NewArticlesAt.Count == 0;

    public void Clear()
    {
        Ids.Clear();
        IdByHash.Clear();
        ArticleLocations.Clear();
        ParagraphLocations.Clear();
        NewArticlesAt.Clear();
        Articles = 0;
    }
}
