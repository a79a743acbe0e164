using QuikGraph;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Collects nodes and weighted links, then freezes them into a <see cref="WeightedGraph"/> (a QuikGraph undirected graph). Links between the same
/// pair (in either direction) add up into one edge; self-links are ignored (they never shorten a path).
/// </summary>
internal sealed class WeightedGraphBuilder
{
    private readonly List<string> nodes = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int), double> weights = [];
    private readonly List<(int U, int V)> order = [];

    /// <summary>Adds node <paramref name="id"/> if absent; returns its number.</summary>
    public int AddNode(string id)
    {
        if (!index.TryGetValue(id, out int number))
        {
            number = nodes.Count;
            nodes.Add(id);
            index.Add(id, number);
        }

        return number;
    }

    /// <summary>Adds <paramref name="weight"/> (&gt; 0) to the edge between <paramref name="a"/> and <paramref name="b"/>, adding the nodes if needed.</summary>
    public void AddLink(string a, string b, double weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        int u = AddNode(a);
        int v = AddNode(b);
        if (u == v)
        {
            return;
        }

        (int, int) key = u < v ? (u, v) : (v, u);
        if (weights.TryGetValue(key, out double existing))
        {
            weights[key] = existing + weight;
        }
        else
        {
            weights.Add(key, weight);
            order.Add(key);
        }
    }

    /// <summary>Freezes the nodes and summed links; edge costs come from <see cref="EdgeCost.FromWeight"/>.</summary>
    public WeightedGraph Build()
    {
        // Links are already summed per pair, so no edge is parallel: skip QuikGraph's per-edge duplicate check.
        var structure = new UndirectedGraph<int, GraphEdge>(allowParallelEdges: true);
        for (int node = 0; node < nodes.Count; node++)
        {
            structure.AddVertex(node);
        }

        var edges = new GraphEdge[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            (int u, int v) = order[i];
            double weight = weights[(u, v)];
            edges[i] = new GraphEdge(i, u, v, weight, EdgeCost.FromWeight(weight));
            structure.AddEdge(edges[i]);
        }

        return new WeightedGraph(nodes.ToArray(), new Dictionary<string, int>(index, StringComparer.Ordinal), edges, structure);
    }
}
