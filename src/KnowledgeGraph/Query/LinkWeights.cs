using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Edge weights of the path search for each <see cref="RankBy"/> (cost = 1 / weight, so heavier edges make shorter
/// paths). <see cref="RankBy.Count"/>: sentences naming both plus sentences asserting a claim (the default of
/// <see cref="EntityGraphBuilder"/>). <see cref="RankBy.Claims"/>: a claim's sentences weigh
/// <see cref="ClaimBoost"/> times its confidence each, so chains of asserted relations come first.
/// <see cref="RankBy.Pmi"/>: the co-mention's association score (at least <see cref="PmiFloor"/>); a claim adds its
/// confidence.
/// </summary>
internal static class LinkWeights
{
    /// <summary>How much more a sentence asserting a claim weighs than a co-mention under <see cref="RankBy.Claims"/>.</summary>
    public const double ClaimBoost = 10;

    /// <summary>The weight of a co-mention whose association score is zero or negative, under <see cref="RankBy.Pmi"/>.</summary>
    public const double PmiFloor = 0.05;

    /// <summary>The co-mention weight under <paramref name="rank"/>.</summary>
    public static Func<CoMentionRecord, double> CoMention(RankBy rank) => rank switch
    {
        RankBy.Pmi => pair => Math.Max(pair.Score, PmiFloor),
        _ => EntityGraphBuilder.CoMentionWeight,
    };

    /// <summary>The claim weight under <paramref name="rank"/>.</summary>
    public static Func<ClaimRecord, double> Claim(RankBy rank) => rank switch
    {
        RankBy.Pmi => claim => Math.Max(claim.Confidence, PmiFloor),
        RankBy.Claims => claim => ClaimBoost * Math.Max(claim.Confidence, PmiFloor) * EntityGraphBuilder.ClaimWeight(claim),
        _ => EntityGraphBuilder.ClaimWeight,
    };
}
