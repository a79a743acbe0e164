namespace KnowledgeGraph.Graph;

/// <summary>PageRank settings; the defaults are networkx's.</summary>
internal sealed record PageRankOptions
{
    /// <summary>Damping factor. Default 0.85.</summary>
    public double Alpha { get; init; } = 0.85;

    /// <summary>Convergence tolerance; iteration stops when the L1 change is below N × Tolerance. Default 1e-6.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Iteration cap; not converging by then is an error (KG8004). Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>networkx's defaults.</summary>
    public static PageRankOptions Default { get; } = new();
}
