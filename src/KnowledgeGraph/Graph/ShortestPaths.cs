namespace KnowledgeGraph.Graph;

/// <summary>
/// Dijkstra over edge costs. A node's distance is the smallest left-to-right sum of costs along any path to it,
/// which is what networkx's <c>single_source_dijkstra</c> returns, so distances compare exactly.
/// </summary>
internal static class ShortestPaths
{
    /// <summary>Distances from <paramref name="source"/> to every node (PositiveInfinity where unreachable).</summary>
    public static double[] Distances(WeightedGraph graph, int source) =>
        Run(graph, source, target: -1, blockedNodes: null, blockedEdges: null).Distance;

    /// <summary>A cheapest path from <paramref name="source"/> to <paramref name="target"/>, or null when none.</summary>
    public static GraphPath? Between(WeightedGraph graph, int source, int target) =>
        Between(graph, source, target, blockedNodes: null, blockedEdges: null);

    /// <summary>As <see cref="Between(WeightedGraph, int, int)"/>, avoiding some nodes and edges (by <see cref="GraphEdge.Index"/>).</summary>
    public static GraphPath? Between(WeightedGraph graph, int source, int target, bool[]? blockedNodes, HashSet<int>? blockedEdges)
    {
        (double[] distance, GraphEdge?[] via) = Run(graph, source, target, blockedNodes, blockedEdges);
        if (double.IsPositiveInfinity(distance[target]))
        {
            return null;
        }

        var nodes = new List<int> { target };
        var edges = new List<GraphEdge>();
        for (int node = target; node != source;)
        {
            GraphEdge edge = via[node]!;
            edges.Add(edge);
            node = edge.Other(node);
            nodes.Add(node);
        }

        nodes.Reverse();
        edges.Reverse();
        return new GraphPath(nodes, edges, distance[target]);
    }

    private static (double[] Distance, GraphEdge?[] Via) Run(
        WeightedGraph graph, int source, int target, bool[]? blockedNodes, HashSet<int>? blockedEdges)
    {
        int n = graph.NodeCount;
        var distance = new double[n];
        Array.Fill(distance, double.PositiveInfinity);
        var via = new GraphEdge?[n];
        var done = new bool[n];
        var queue = new PriorityQueue<int, double>();
        distance[source] = 0.0;
        queue.Enqueue(source, 0.0);
        while (queue.TryDequeue(out int node, out double dist))
        {
            if (done[node] || dist > distance[node])
            {
                continue;
            }

            done[node] = true;
            if (node == target)
            {
                break;
            }

            foreach (GraphEdge edge in graph.EdgesOf(node))
            {
                int other = edge.Other(node);
                if (done[other] || (blockedNodes is not null && blockedNodes[other]) || (blockedEdges is not null && blockedEdges.Contains(edge.Index)))
                {
                    continue;
                }

                double candidate = dist + edge.Cost;
                if (candidate < distance[other])
                {
                    distance[other] = candidate;
                    via[other] = edge;
                    queue.Enqueue(other, candidate);
                }
            }
        }

        return (distance, via);
    }
}
