namespace KnowledgeGraph.Build;

/// <summary>
/// One article of a batch: its facts to store (replacing the stored contribution when <see cref="Replaces"/>), or,
/// without facts, an unchanged result re-extracted under a new fingerprint that only takes the fingerprint.
/// </summary>
internal sealed record ArticleWrite(string ArticleId, ArticleFacts? Facts, bool Replaces);
