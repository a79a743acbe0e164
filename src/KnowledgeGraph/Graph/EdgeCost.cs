namespace KnowledgeGraph.Graph;

/// <summary>
/// The length of an edge on a path: cost = 1 / weight, where weight is the association strength of the
/// two entities (see <see cref="EntityGraphBuilder"/>: sentences that mention both plus sentences asserting a
/// claim between them). A pair named together in ten sentences is ten times shorter than a pair named once,
/// so the shortest paths are the best-evidenced chains.
/// </summary>
internal static class EdgeCost
{
    /// <summary>1 / <paramref name="weight"/>; the weight must be positive.</summary>
    public static double FromWeight(double weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return 1.0 / weight;
    }
}
