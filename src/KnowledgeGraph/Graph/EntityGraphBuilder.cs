using KnowledgeGraph.Store;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Builds the analysis graph from store records: one node per entity (isolated ones too, ordered by id), one
/// undirected edge per linked pair. Edge weight = co-mention sentences (at least 1 for a stored co-mention) +
/// for every claim between the pair in either direction, its number of distinct evidence sentences (at least 1).
/// Claims are directed, but an analyst following a chain of links walks them both ways, so they count for paths.
/// Demonym-only co-mentions (<see cref="CoMentionRecord.DemonymOnly"/>) are left out unless asked for, as in every
/// default query.
/// </summary>
internal static class EntityGraphBuilder
{
    /// <summary>
    /// The graph of <paramref name="entities"/>; pairs naming an unknown entity are skipped. Edge weights are
    /// <see cref="CoMentionWeight"/> and <see cref="ClaimWeight"/> unless other weightings are given (queries ranked
    /// another way); every weight must be positive.
    /// </summary>
    public static WeightedGraph Build(
        IEnumerable<EntityRecord> entities, IEnumerable<CoMentionRecord> coMentions, IEnumerable<ClaimRecord> claims, bool includeDemonymOnly = false,
        Func<CoMentionRecord, double>? coMentionWeight = null, Func<ClaimRecord, double>? claimWeight = null)
    {
        coMentionWeight ??= CoMentionWeight;
        claimWeight ??= ClaimWeight;
        var builder = new WeightedGraphBuilder();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityRecord entity in entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            builder.AddNode(entity.Id);
            known.Add(entity.Id);
        }

        foreach (CoMentionRecord pair in coMentions)
        {
            if (known.Contains(pair.A) && known.Contains(pair.B) && (includeDemonymOnly || !pair.DemonymOnly))
            {
                builder.AddLink(pair.A, pair.B, coMentionWeight(pair));
            }
        }

        foreach (ClaimRecord claim in claims)
        {
            if (known.Contains(claim.Subject) && known.Contains(claim.Object))
            {
                builder.AddLink(claim.Subject, claim.Object, claimWeight(claim));
            }
        }

        return builder.Build();
    }

    /// <summary>Sentences naming both entities; a co-mention recorded at paragraph level only still counts 1.</summary>
    public static double CoMentionWeight(CoMentionRecord pair) => Math.Max(pair.Sentences, 1);

    /// <summary>Distinct sentences asserting the claim (at least 1).</summary>
    public static double ClaimWeight(ClaimRecord claim) =>
        Math.Max(claim.Evidence.Select(e => e.SentenceId).Distinct(StringComparer.Ordinal).Count(), 1);
}
