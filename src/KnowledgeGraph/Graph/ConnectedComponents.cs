namespace KnowledgeGraph.Graph;

/// <summary>Connected components by breadth-first search (networkx <c>connected_components</c>).</summary>
internal static class ConnectedComponents
{
    /// <summary>Components as lists of node numbers, largest first (ties: the one holding the lower node number first).</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Find(WeightedGraph graph)
    {
        var seen = new bool[graph.NodeCount];
        var components = new List<IReadOnlyList<int>>();
        var queue = new Queue<int>();
        for (int start = 0; start < graph.NodeCount; start++)
        {
            if (seen[start])
            {
                continue;
            }

            var component = new List<int>();
            seen[start] = true;
            queue.Enqueue(start);
            while (queue.TryDequeue(out int node))
            {
                component.Add(node);
                foreach (GraphEdge edge in graph.EdgesOf(node))
                {
                    int other = edge.Other(node);
                    if (!seen[other])
                    {
                        seen[other] = true;
                        queue.Enqueue(other);
                    }
                }
            }

            components.Add(component);
        }

        // List.Sort is unstable; the index tiebreak keeps the order deterministic.
        return components.Select((c, i) => (c, i)).OrderByDescending(p => p.c.Count).ThenBy(p => p.i).Select(p => p.c).ToList();
    }
}
