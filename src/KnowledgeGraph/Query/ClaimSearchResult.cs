namespace KnowledgeGraph.Query;

/// <summary>The answer of <see cref="ClaimSearch"/>: how many claims match in all, how they are ranked, and the first of them.</summary>
internal sealed record ClaimSearchResult(int Total, RankBy Rank, IReadOnlyList<ClaimView> Claims);
