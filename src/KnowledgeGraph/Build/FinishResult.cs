namespace KnowledgeGraph.Build;

/// <summary>
/// What the last transaction of a build did: articles removed (of which retitled: same place, new id), entities,
/// co-mention edges and claims that appeared or disappeared as their aggregates were settled, rows written, and
/// whether anything changed.
/// </summary>
internal sealed record FinishResult(int Removed, int Retitled, AggregateChanges Aggregates, long Rows, bool Changed);
