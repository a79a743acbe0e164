namespace KnowledgeGraph.Build;

/// <summary>Why an article is extracted in this build.</summary>
internal enum WorkKind
{
    New,
    Changed,
    /// <summary>Same text, but stored under another gazetteer fingerprint, or --rebuild.</summary>
    Stale,
}
