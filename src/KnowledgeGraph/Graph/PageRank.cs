using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Weighted PageRank by power iteration, as networkx computes it: each undirected edge is followed both ways with
/// probability proportional to its weight; the rank of dangling nodes (no edges) is spread uniformly; start and
/// teleport vectors are uniform; stop when the L1 change is below N × tolerance.
/// </summary>
// Ours, not QuikGraph's PageRankAlgorithm: that one is unweighted, on directed graphs, and drops dangling nodes' rank.
internal static class PageRank
{
    /// <summary>One score per node number; the scores sum to 1.</summary>
    /// <exception cref="KgException">KG8004 when it does not converge within <see cref="PageRankOptions.MaxIterations"/>.</exception>
    public static double[] Compute(WeightedGraph graph, PageRankOptions? options = null)
    {
        options ??= PageRankOptions.Default;
        int n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        double[] outWeight = WeightedDegree.Compute(graph);
        double uniform = 1.0 / n;
        var x = new double[n];
        Array.Fill(x, uniform);
        var next = new double[n];
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            double dangling = 0.0;
            for (int i = 0; i < n; i++)
            {
                if (outWeight[i] == 0.0)
                {
                    dangling += x[i];
                }
            }

            Array.Clear(next);
            foreach (GraphEdge edge in graph.Structure.Edges)
            {
                next[edge.V] += x[edge.U] * (edge.Weight / outWeight[edge.U]);
                next[edge.U] += x[edge.V] * (edge.Weight / outWeight[edge.V]);
            }

            double error = 0.0;
            for (int i = 0; i < n; i++)
            {
                next[i] = (options.Alpha * (next[i] + (dangling * uniform))) + ((1.0 - options.Alpha) * uniform);
                error += Math.Abs(next[i] - x[i]);
            }

            (x, next) = (next, x);
            if (error < n * options.Tolerance)
            {
                return x;
            }
        }

        throw new KgException(ErrorCodes.PageRankNotConverged, $"PageRank did not converge in {options.MaxIterations} iterations.");
    }
}
