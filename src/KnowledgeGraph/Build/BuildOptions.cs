using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Build;

/// <summary>Options of one <see cref="GraphBuilder"/> run; validated once by <see cref="Validate"/>.</summary>
internal sealed class BuildOptions
{
    /// <summary>Remove articles whose files no longer exist (with everything they contributed). Default: false.</summary>
    public bool Prune { get; set; }

    /// <summary>Re-extract every article even when its text and the gazetteer fingerprint are unchanged. Default: false.</summary>
    public bool Rebuild { get; set; }

    /// <summary>Articles written per transaction. Default: 256 (per-batch costs, such as entity totals, are paid per batch).</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>Articles extracted at once. Default: the number of cores.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Tells whether a source file still exists (for --prune); injected so tests need no files. Default: <see cref="File.Exists"/>.</summary>
    public Func<string, bool> FileExists { get; set; } = File.Exists;

    /// <summary>Called with the 1-based batch number after a batch is written and before it commits (a test hook for crash tests).</summary>
    public Action<int>? BeforeCommit { get; set; }

    /// <summary>Receives an article's internal error (KG9998, naming its file:line): that article is left out, the build goes on.</summary>
    public DiagnosticBag Diagnostics { get; set; } = new();

    /// <summary>Receives progress after every article read and every batch written.</summary>
    public IProgress<BuildProgress>? Progress { get; set; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a batch size or parallelism under 1.</summary>
    public BuildOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1);
        ArgumentNullException.ThrowIfNull(FileExists);
        ArgumentNullException.ThrowIfNull(Diagnostics);
        return this;
    }
}
