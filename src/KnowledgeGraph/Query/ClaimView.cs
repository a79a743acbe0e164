using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>A claim with its entities' names, its evidence sentences and its date (the claim's time, else the date of its first evidence article).</summary>
internal sealed record ClaimView(ClaimRecord Claim, string SubjectName, string ObjectName, string? Date, IReadOnlyList<EvidenceSentence> Evidence)
{
    /// <summary>"China DEMANDS Taliban", "China NOT COOPERATES_WITH Taliban".</summary>
    public string Statement => $"{SubjectName} {(Claim.Negated ? "NOT " : "")}{Claim.Predicate} {ObjectName}";

    /// <summary>Builds the view from the snapshot's entities, sentences and articles.</summary>
    public static ClaimView Of(GraphSnapshot snapshot, ClaimRecord claim, int evidenceLimit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(claim);
        string? date = claim.Time;
        if (date is null)
        {
            date = claim.Evidence
                .Select(e => snapshot.ArticlesById.TryGetValue(e.ArticleId, out ArticleRecord? article) ? article.Date : null)
                .FirstOrDefault(d => d is not null);
        }

        return new ClaimView(claim, snapshot.NameOf(claim.Subject), snapshot.NameOf(claim.Object), date,
            snapshot.Evidence(claim.Evidence.Select(e => e.SentenceId).Distinct(StringComparer.Ordinal), evidenceLimit));
    }
}
