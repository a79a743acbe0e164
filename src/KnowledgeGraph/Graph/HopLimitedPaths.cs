namespace KnowledgeGraph.Graph;

/// <summary>
/// The cheapest path of at most a given number of edges, by Bellman–Ford in layers (at most O(hops × edges); only nodes reached in the previous layer are expanded, and
/// the last layer relaxes only the target's edges): layer h
/// holds the cheapest walk of exactly h edges to each node. With positive costs the cheapest walk of at most H
/// edges never repeats a node (dropping a cycle would make it cheaper and shorter), so it is a simple path.
/// Costs are left-to-right sums from the source, as in <see cref="ShortestPaths"/>; equal costs: fewer edges win.
/// </summary>
// Ours: QuikGraph has no hop-limited shortest path (its Bellman–Ford and Dijkstra bound cost, not edges).
internal static class HopLimitedPaths
{
    /// <summary>
    /// The cheapest path from <paramref name="source"/> to <paramref name="target"/> of at most <paramref name="maxHops"/>
    /// edges avoiding the blocked nodes and edges (by <see cref="GraphEdge.Index"/>), or null.
    /// </summary>
    public static GraphPath? Between(WeightedGraph graph, int source, int target, int maxHops, bool[]? blockedNodes = null, HashSet<int>? blockedEdges = null)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(source, target);
        int n = graph.NodeCount;
        var cost = new double[maxHops + 1][];
        var via = new GraphEdge?[maxHops + 1][];
        cost[0] = new double[n];
        Array.Fill(cost[0], double.PositiveInfinity);
        cost[0][source] = 0.0;
        int bestHops = -1;
        var frontier = new List<int> { source };
        for (int h = 1; h <= maxHops && frontier.Count > 0; h++)
        {
            cost[h] = new double[n];
            Array.Fill(cost[h], double.PositiveInfinity);
            via[h] = new GraphEdge?[n];
            if (h == maxHops)
            {
                // The last layer only matters at the target: relax the target's own edges.
                foreach (GraphEdge edge in graph.EdgesOf(target))
                {
                    Relax(cost, via, h, edge, edge.Other(target), target, source, blockedNodes, blockedEdges);
                }
            }
            else
            {
                // A simple path ends at the target, so the target is never expanded.
                foreach (int from in frontier)
                {
                    if (from == target)
                    {
                        continue;
                    }

                    foreach (GraphEdge edge in graph.EdgesOf(from))
                    {
                        Relax(cost, via, h, edge, from, edge.Other(from), source, blockedNodes, blockedEdges);
                    }
                }

                frontier.Clear();
                for (int v = 0; v < n; v++)
                {
                    if (!double.IsPositiveInfinity(cost[h][v]))
                    {
                        frontier.Add(v);
                    }
                }
            }

            if (cost[h][target] < (bestHops < 0 ? double.PositiveInfinity : cost[bestHops][target]))
            {
                bestHops = h;
            }
        }

        if (bestHops < 0)
        {
            return null;
        }

        var nodes = new int[bestHops + 1];
        var edges = new GraphEdge[bestHops];
        nodes[bestHops] = target;
        for (int h = bestHops; h > 0; h--)
        {
            edges[h - 1] = via[h][nodes[h]]!;
            nodes[h - 1] = edges[h - 1].Other(nodes[h]);
        }

        return new GraphPath(nodes, edges, cost[bestHops][target]);
    }

    private static void Relax(double[][] cost, GraphEdge?[][] via, int h, GraphEdge edge, int from, int to, int source, bool[]? blockedNodes, HashSet<int>? blockedEdges)
    {
        double start = cost[h - 1][from];
        if (double.IsPositiveInfinity(start) || to == source || (blockedNodes is not null && blockedNodes[to]) || (blockedEdges is not null && blockedEdges.Contains(edge.Index)))
        {
            return;
        }

        double candidate = start + edge.Cost;
        if (candidate < cost[h][to])
        {
            cost[h][to] = candidate;
            via[h][to] = edge;
        }
    }
}
