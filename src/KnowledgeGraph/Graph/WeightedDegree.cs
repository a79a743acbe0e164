namespace KnowledgeGraph.Graph;

/// <summary>Weighted degree: the sum of the weights of a node's edges (networkx <c>G.degree(weight="weight")</c>).</summary>
internal static class WeightedDegree
{
    /// <summary>One value per node number.</summary>
    public static double[] Compute(WeightedGraph graph)
    {
        var degree = new double[graph.NodeCount];
        foreach (GraphEdge edge in graph.Structure.Edges)
        {
            degree[edge.U] += edge.Weight;
            degree[edge.V] += edge.Weight;
        }

        return degree;
    }
}
