namespace KnowledgeGraph.Build;

/// <summary>
/// The store's record of what one build has read: the ids it gave articles and their content hashes, every article
/// and paragraph location seen, and the first place of each new article. It lives in the store (not in memory), so a
/// build's memory does not grow with its corpus; <see cref="IBuildStore.BeginRun"/> begins it empty and
/// <see cref="IBuildStore.Finish"/> reconciles the stored locations with it. It is not part of the graph: a build
/// killed on the way leaves nothing of it behind.
/// </summary>
internal interface IRunLedger
{
    /// <summary>The article id content hash <paramref name="contentHash"/> was read under earlier in this run, or null.</summary>
    string? IdOf(string contentHash);

    /// <summary>True when article id <paramref name="articleId"/> was given to some article earlier in this run.</summary>
    bool HasId(string articleId);

    /// <summary>Adds what the run read since the last call (in its own small transaction, outside any batch).</summary>
    void Append(RunSlice slice);
}
