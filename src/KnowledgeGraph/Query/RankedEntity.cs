namespace KnowledgeGraph.Query;

/// <summary>An entity with a score (weighted degree or PageRank).</summary>
internal sealed record RankedEntity(string Id, string Name, string Type, double Value);
