namespace KnowledgeGraph.Build;

/// <summary>
/// Which input files a build must read: those whose bytes changed since the last build stamped them (or all, on
/// --rebuild or a gazetteer change). <see cref="Stamps"/> are recorded when the build finishes, never earlier, so a
/// crashed build re-reads everything it had not finished.
/// </summary>
internal sealed class InputPlan
{
    /// <summary>Files to hand to the reader, in listing order.</summary>
    public List<string> ToRead { get; } = [];

    /// <summary>Files skipped because their bytes are unchanged since they were last built.</summary>
    public HashSet<string> Unchanged { get; } = new(StringComparer.Ordinal);

    /// <summary>Hash (16 hex digits of SHA-256), size and modification time of every file listed.</summary>
    public Dictionary<string, FileStamp> Stamps { get; } = new(StringComparer.Ordinal);

    /// <summary>Bytes of the files to read (0 when unknown).</summary>
    public long BytesToRead => ToRead.Sum(file => Stamps.TryGetValue(file, out FileStamp stamp) ? stamp.Size : 0);

    /// <summary>A plan that reads whatever the caller's documents come from and stamps nothing (tests, hand-made documents).</summary>
    public static InputPlan None { get; } = new();
}
