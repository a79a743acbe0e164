using QuikGraph.Algorithms.Search;

namespace KnowledgeGraph.Graph;

/// <summary>
/// The nodes within a number of hops of one node, by QuikGraph's <see cref="UndirectedBreadthFirstSearchAlgorithm{TVertex, TEdge}"/>
/// (networkx <c>single_source_shortest_path_length</c> with a cutoff).
/// </summary>
internal static class Neighbourhood
{
    /// <summary>Hop distance from <paramref name="centre"/> of every node at most <paramref name="maxHops"/> edges away (the centre at 0).</summary>
    public static IReadOnlyDictionary<int, int> Within(WeightedGraph graph, int centre, int maxHops)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        var hops = new Dictionary<int, int> { [centre] = 0 };
        var search = new UndirectedBreadthFirstSearchAlgorithm<int, GraphEdge>(graph.Structure);
        search.TreeEdge += (_, args) =>
        {
            int distance = hops[args.Source] + 1;
            if (distance <= maxHops)
            {
                hops[args.Target] = distance;
            }
            else
            {
                // Breadth-first order: every node within the limit is already discovered. Abort takes effect
                // at the next vertex, so the edges of this one still arrive here and are ignored.
                search.Abort();
            }
        };
        search.Compute(centre);
        return hops;
    }
}
