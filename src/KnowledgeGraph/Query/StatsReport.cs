namespace KnowledgeGraph.Query;

/// <summary>
/// Counts and rankings of the whole graph: store totals, entities by type, the top entities by weighted degree and
/// by PageRank, and connected components (count and the sizes of the largest). Rankings and components leave out
/// demonym-only co-mentions (counted in <see cref="DemonymOnlyEdges"/>), as every default query does.
/// </summary>
internal sealed record StatsReport(
    long Revision, int Articles, int Sentences, int Entities, int DiscoveredEntities, IReadOnlyDictionary<string, int> EntitiesByType,
    int CoMentionEdges, int DemonymOnlyEdges, int Claims, IReadOnlyList<RankedEntity> TopByDegree, IReadOnlyList<RankedEntity> TopByPageRank,
    int Components, IReadOnlyList<int> LargestComponents, int IsolatedEntities);
