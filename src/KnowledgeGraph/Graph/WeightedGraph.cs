using QuikGraph;

namespace KnowledgeGraph.Graph;

/// <summary>
/// An immutable undirected weighted graph over string node ids, built by <see cref="WeightedGraphBuilder"/>: a
/// QuikGraph <see cref="UndirectedGraph{TVertex, TEdge}"/> over node numbers 0..N-1 (insertion order) plus the ids.
/// Every edge has a weight (association strength, larger is stronger) and a cost (path length,
/// <see cref="EdgeCost.FromWeight"/>: strong links are short).
/// </summary>
internal sealed class WeightedGraph
{
    private readonly Dictionary<string, int> index;

    internal WeightedGraph(IReadOnlyList<string> nodes, Dictionary<string, int> index, IReadOnlyList<GraphEdge> edges, UndirectedGraph<int, GraphEdge> structure)
    {
        Nodes = nodes;
        Edges = edges;
        Structure = structure;
        this.index = index;
    }

    /// <summary>Node ids, indexed by node number.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>Edges, indexed by <see cref="GraphEdge.Index"/>.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The QuikGraph graph the algorithms run on; never mutate it.</summary>
    public IUndirectedGraph<int, GraphEdge> Structure { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Nodes.Count;

    /// <summary>The number of node <paramref name="id"/>, or -1 when it is not in the graph.</summary>
    public int IndexOf(string id) => index.GetValueOrDefault(id, -1);

    /// <summary>True when node <paramref name="id"/> is in the graph.</summary>
    public bool Contains(string id) => index.ContainsKey(id);

    /// <summary>The edges incident to <paramref name="node"/>, in insertion order.</summary>
    public IEnumerable<GraphEdge> EdgesOf(int node) => Structure.AdjacentEdges(node);

    /// <summary>The number of edges incident to <paramref name="node"/>.</summary>
    public int Degree(int node) => Structure.AdjacentDegree(node);

    /// <summary>The edge between two nodes, or null.</summary>
    public GraphEdge? EdgeBetween(int u, int v) => Structure.TryGetEdge(u, v, out GraphEdge? edge) ? edge : null;
}
