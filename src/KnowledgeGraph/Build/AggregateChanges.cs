namespace KnowledgeGraph.Build;

/// <summary>Entities, co-mention edges and claims added to and removed from the store by one build.</summary>
internal sealed record AggregateChanges(long EntitiesAdded, long EntitiesRemoved, long EdgesAdded, long EdgesRemoved, long ClaimsAdded, long ClaimsRemoved)
{
    public static AggregateChanges None { get; } = new(0, 0, 0, 0, 0, 0);
}
