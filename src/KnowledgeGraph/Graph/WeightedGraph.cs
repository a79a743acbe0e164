namespace KnowledgeGraph.Graph;

/// <summary>
/// An immutable undirected weighted graph over string node ids, built by <see cref="WeightedGraphBuilder"/>.
/// Nodes are numbered 0..N-1 in insertion order; every edge has a weight (association strength, larger is
/// stronger) and a cost (path length, <see cref="EdgeCost.FromWeight"/>: strong links are short).
/// </summary>
internal sealed class WeightedGraph
{
    private readonly Dictionary<string, int> index;
    private readonly GraphEdge[][] adjacency;

    internal WeightedGraph(IReadOnlyList<string> nodes, Dictionary<string, int> index, IReadOnlyList<GraphEdge> edges, GraphEdge[][] adjacency)
    {
        Nodes = nodes;
        Edges = edges;
        this.index = index;
        this.adjacency = adjacency;
    }

    /// <summary>Node ids, indexed by node number.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>Edges, indexed by <see cref="GraphEdge.Index"/>.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Nodes.Count;

    /// <summary>The number of node <paramref name="id"/>, or -1 when it is not in the graph.</summary>
    public int IndexOf(string id) => index.GetValueOrDefault(id, -1);

    /// <summary>True when node <paramref name="id"/> is in the graph.</summary>
    public bool Contains(string id) => index.ContainsKey(id);

    /// <summary>The edges incident to <paramref name="node"/>, in insertion order.</summary>
    public ReadOnlySpan<GraphEdge> EdgesOf(int node) => adjacency[node];

    /// <summary>The edge between two nodes, or null.</summary>
    public GraphEdge? EdgeBetween(int u, int v)
    {
        foreach (GraphEdge edge in adjacency[u])
        {
            if (edge.Other(u) == v)
            {
                return edge;
            }
        }

        return null;
    }
}
