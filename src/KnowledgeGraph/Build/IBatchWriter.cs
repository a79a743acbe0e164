namespace KnowledgeGraph.Build;

/// <summary>One open batch of a build (see <see cref="IBuildStore.BeginBatch"/>); disposing it uncommitted rolls it back.</summary>
internal interface IBatchWriter : IDisposable
{
    /// <summary>
    /// Writes one article's facts (replacing what it stored before when <see cref="ArticleWrite.Replaces"/>), or only
    /// the new fingerprint when it has no facts.
    /// </summary>
    void Write(ArticleWrite write);

    /// <summary>Settles the batch's per-article keys, runs <paramref name="beforeCommit"/>, commits; returns the rows written.</summary>
    long Commit(Action? beforeCommit);
}
