namespace KnowledgeGraph.Build;

/// <summary>
/// A progress report of a build, per phase: input read (characters of article text against the input's size in
/// bytes, when known), articles found to extract and extracted, articles written and batches committed, and whether
/// the closing settle of aggregates has begun.
/// </summary>
internal readonly record struct BuildProgress(
    long Read, long ReadTotal, int ArticlesRead, int ToExtract, int Extracted, int Written, int Batches, bool ReadDone, bool Settling);
