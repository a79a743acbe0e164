using QuikGraph.Algorithms.ConnectedComponents;

namespace KnowledgeGraph.Graph;

/// <summary>Connected components by QuikGraph's <see cref="ConnectedComponentsAlgorithm{TVertex, TEdge}"/> (networkx <c>connected_components</c>).</summary>
internal static class ConnectedComponents
{
    /// <summary>
    /// Components as lists of node numbers (ascending), largest first; equal sizes: the one holding the lower node
    /// number first.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Find(WeightedGraph graph)
    {
        var algorithm = new ConnectedComponentsAlgorithm<int, GraphEdge>(graph.Structure);
        algorithm.Compute();
        var members = new List<int>[algorithm.ComponentCount];
        for (int node = 0; node < graph.NodeCount; node++)
        {
            (members[algorithm.Components[node]] ??= []).Add(node);
        }

        return members.OrderByDescending(c => c.Count).ThenBy(c => c[0]).ToList<IReadOnlyList<int>>();
    }
}
