namespace KnowledgeGraph.Graph;

/// <summary>
/// Yen's algorithm: simple paths between two nodes in order of increasing cost, lazily (the same sequence as
/// networkx's <c>shortest_simple_paths</c> up to the order of equal-cost paths). Equal costs are ordered by
/// fewer hops, then by discovery. With a hop limit, only paths of at most that many edges are enumerated
/// (hop-constrained Yen: every spur search is limited to the hops the root leaves).
/// </summary>
// Ours: QuikGraph's YenShortestPathsAlgorithm is for directed graphs of its own edge type and has no hop limit.
internal static class KShortestPaths
{
    /// <summary>Enumerates simple paths from <paramref name="source"/> to <paramref name="target"/> of at most <paramref name="maxHops"/> edges, cheapest first.</summary>
    public static IEnumerable<GraphPath> Enumerate(WeightedGraph graph, int source, int target, int maxHops = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(source, target);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHops);
        GraphPath? first = Spur(graph, source, target, maxHops, null, null);
        if (first is null)
        {
            yield break;
        }

        var accepted = new List<GraphPath>();
        var seen = new HashSet<string> { Key(first) };
        var candidates = new PriorityQueue<GraphPath, (double Cost, int Hops, long Sequence)>();
        long sequence = 0;
        GraphPath? current = first;
        while (current is not null)
        {
            yield return current;
            accepted.Add(current);
            foreach (GraphPath spur in Deviations(graph, current, accepted, maxHops))
            {
                if (seen.Add(Key(spur)))
                {
                    candidates.Enqueue(spur, (spur.Cost, spur.Hops, sequence++));
                }
            }

            current = candidates.TryDequeue(out GraphPath? next, out _) ? next : null;
        }
    }

    /// <summary>The spur paths that branch off <paramref name="previous"/> at each of its nodes.</summary>
    private static IEnumerable<GraphPath> Deviations(WeightedGraph graph, GraphPath previous, List<GraphPath> accepted, int maxHops)
    {
        int target = previous.Nodes[^1];
        var blockedNodes = new bool[graph.NodeCount];
        for (int i = 0; i < previous.Nodes.Count - 1 && i < maxHops; i++)
        {
            int spurNode = previous.Nodes[i];
            var blockedEdges = new HashSet<int>();
            foreach (GraphPath path in accepted)
            {
                if (path.Nodes.Count > i + 1 && SharesRoot(path, previous, i))
                {
                    blockedEdges.Add(path.Edges[i].Index);
                }
            }

            GraphPath? spur = Spur(graph, spurNode, target, maxHops == int.MaxValue ? maxHops : maxHops - i, blockedNodes, blockedEdges);
            if (spur is not null)
            {
                var nodes = new List<int>(i + spur.Nodes.Count);
                for (int j = 0; j < i; j++)
                {
                    nodes.Add(previous.Nodes[j]);
                }

                nodes.AddRange(spur.Nodes);
                yield return GraphPath.Along(graph, nodes);
            }

            blockedNodes[spurNode] = true;
        }
    }

    /// <summary>Dijkstra when hops are unlimited, the layered search otherwise.</summary>
    private static GraphPath? Spur(WeightedGraph graph, int from, int target, int hops, bool[]? blockedNodes, HashSet<int>? blockedEdges) =>
        hops == int.MaxValue
            ? ShortestPaths.Between(graph, from, target, blockedNodes, blockedEdges)
            : HopLimitedPaths.Between(graph, from, target, Math.Min(hops, graph.NodeCount - 1), blockedNodes, blockedEdges);

    private static bool SharesRoot(GraphPath path, GraphPath previous, int spurIndex)
    {
        for (int j = 0; j <= spurIndex; j++)
        {
            if (path.Nodes[j] != previous.Nodes[j])
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(GraphPath path) => string.Join(',', path.Nodes);
}
