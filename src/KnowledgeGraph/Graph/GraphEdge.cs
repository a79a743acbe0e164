using QuikGraph;

namespace KnowledgeGraph.Graph;

/// <summary>
/// An undirected edge between node numbers <see cref="U"/> and <see cref="V"/> (U &lt; V), as QuikGraph's
/// <see cref="IUndirectedEdge{TVertex}"/> (whose contract is Source &lt;= Target).
/// </summary>
internal sealed record GraphEdge(int Index, int U, int V, double Weight, double Cost) : IUndirectedEdge<int>
{
    /// <inheritdoc/>
    public int Source => U;

    /// <inheritdoc/>
    public int Target => V;

    /// <summary>Edges of one graph are told apart by <see cref="Index"/>; QuikGraph's searches hash edges, so keep it cheap.</summary>
    public bool Equals(GraphEdge? other) => other is not null && Index == other.Index && U == other.U && V == other.V;

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>The endpoint that is not <paramref name="node"/>.</summary>
    public int Other(int node) => node == U ? V : U;
}
