namespace KnowledgeGraph.Neo4j.Load;

/// <summary>What a load did: protocol, revisions, rows per step, retries and request bytes.</summary>
internal sealed record LoadReport
{
    public required string Target { get; init; }
    public required Neo4jProtocol Protocol { get; init; }
    public string? ServerVersion { get; init; }
    /// <summary>The watermark the load started from (rows with a higher revision were sent).</summary>
    public required long FromRevision { get; init; }
    /// <summary>The store revision now loaded; the watermark was moved here.</summary>
    public required long ToRevision { get; init; }
    public required int Batches { get; init; }
    public required IReadOnlyDictionary<string, int> RowsByStep { get; init; }
    public required IReadOnlyDictionary<string, int> Skipped { get; init; }
    public required int Retries { get; init; }
    public required long BytesSent { get; init; }
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Total rows sent.</summary>
    public int Rows => RowsByStep.Values.Sum();
}
