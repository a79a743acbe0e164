namespace KnowledgeGraph.Build;

/// <summary>Counts of one scope (sentences or paragraphs) for scoring a pair: both, each side, and all units with a mention.</summary>
internal readonly record struct ScopeCounts(long Both, long A, long B, long Total);
