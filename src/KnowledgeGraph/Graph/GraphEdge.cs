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

    /// <summary>The endpoint that is not <paramref name="node"/>.</summary>
    public int Other(int node) => node == U ? V : U;
}
