using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>One ranked path between two entities (rank 1 is the cheapest), with its entities and steps.</summary>
internal sealed record LinkPath(int Rank, double Cost, IReadOnlyList<EntityRecord> Entities, IReadOnlyList<LinkStep> Steps)
{
    /// <summary>Number of edges.</summary>
    public int Hops => Steps.Count;
}
