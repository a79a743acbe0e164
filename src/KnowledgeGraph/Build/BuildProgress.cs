namespace KnowledgeGraph.Build;

/// <summary>A progress report of a build: articles read so far, articles extracted and written, batches committed.</summary>
internal readonly record struct BuildProgress(int Read, int Written, int Batches);
