namespace KnowledgeGraph.Graph;

/// <summary>
/// A simple path as node numbers from source to target, with the edges taken and its cost: the edge costs
/// summed left to right from 0 (the order networkx's path-weight sum uses, so costs compare exactly).
/// </summary>
internal sealed record GraphPath(IReadOnlyList<int> Nodes, IReadOnlyList<GraphEdge> Edges, double Cost)
{
    /// <summary>Number of edges.</summary>
    public int Hops => Edges.Count;

    /// <summary>Builds the path along <paramref name="nodes"/>, which must be joined by edges of <paramref name="graph"/>.</summary>
    public static GraphPath Along(WeightedGraph graph, IReadOnlyList<int> nodes)
    {
        var edges = new GraphEdge[nodes.Count - 1];
        double cost = 0.0;
        for (int i = 0; i < edges.Length; i++)
        {
            edges[i] = graph.EdgeBetween(nodes[i], nodes[i + 1])
                ?? throw new ArgumentException($"No edge between nodes {nodes[i]} and {nodes[i + 1]}.", nameof(nodes));
            cost += edges[i].Cost;
        }

        return new GraphPath(nodes, edges, cost);
    }
}
