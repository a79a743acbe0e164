namespace KnowledgeGraph.Build;

/// <summary>What a build remembers of an input file: the hash of its bytes, and its size and modification time (UTC ticks).</summary>
internal readonly record struct FileStamp(string Hash, long Size, long Modified);
