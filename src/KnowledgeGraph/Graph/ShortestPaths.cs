using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.ShortestPath;
using QuikGraph.Predicates;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Dijkstra over edge costs, by QuikGraph's <see cref="UndirectedDijkstraShortestPathAlgorithm{TVertex, TEdge}"/>
/// (blocked nodes and edges hidden by a <see cref="FilteredUndirectedGraph{TVertex, TEdge, TGraph}"/>). A node's distance is the smallest left-to-right sum of costs along any path to it,
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
        IUndirectedGraph<int, GraphEdge> view = blockedNodes is null && blockedEdges is null
            ? graph.Structure
            : new FilteredUndirectedGraph<int, GraphEdge, IUndirectedGraph<int, GraphEdge>>(
                graph.Structure,
                node => node == source || blockedNodes is null || !blockedNodes[node],
                edge => blockedEdges is null || !blockedEdges.Contains(edge.Index));
        var dijkstra = new UndirectedDijkstraShortestPathAlgorithm<int, GraphEdge>(view, edge => edge.Cost);
        var predecessors = new UndirectedVertexPredecessorRecorderObserver<int, GraphEdge>();
        if (target >= 0)
        {
            // A finished node's distance is final: stop once the target is finished.
            dijkstra.FinishVertex += node =>
            {
                if (node == target)
                {
                    dijkstra.Abort();
                }
            };
        }

        using (predecessors.Attach(dijkstra))
        {
            dijkstra.Compute(source);
        }

        int n = graph.NodeCount;
        var distance = new double[n];
        var via = new GraphEdge?[n];
        for (int node = 0; node < n; node++)
        {
            bool reached = node == source || predecessors.VerticesPredecessors.TryGetValue(node, out via[node]);
            distance[node] = reached && dijkstra.TryGetDistance(node, out double d) ? d : double.PositiveInfinity;
        }

        return (distance, via);
    }
}
