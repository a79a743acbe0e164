namespace KnowledgeGraph.Graph;

/// <summary>An undirected edge between node numbers <see cref="U"/> and <see cref="V"/> (U &lt; V).</summary>
internal sealed record GraphEdge(int Index, int U, int V, double Weight, double Cost)
{
    /// <summary>The endpoint that is not <paramref name="node"/>.</summary>
    public int Other(int node) => node == U ? V : U;
}
