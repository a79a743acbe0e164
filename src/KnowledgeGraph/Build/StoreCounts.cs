namespace KnowledgeGraph.Build;

/// <summary>What a store holds: the totals a build's summary reports, and the revision.</summary>
internal sealed record StoreCounts(long Revision, long Articles, long Sentences, long Edges, long DemonymOnlyEdges, long Claims, IReadOnlyDictionary<string, long> EntitiesByType)
{
    public long Entities => EntitiesByType.Values.Sum();
}
