namespace KnowledgeGraph.Query;

/// <summary>
/// Answers `kg query claims`: the claims matching a <see cref="ClaimFilter"/>, each with all its evidence strongest
/// first, ranked by <see cref="ClaimFilter.Rank"/>: <see cref="RankBy.Claims"/> (the default) by confidence, then how
/// many sentences assert it, then newest; <see cref="RankBy.Count"/> by sentences first; <see cref="RankBy.Pmi"/> by
/// the association score of the claim's two entities. Unknown predicates and classes are errors (<see cref="ClaimVocabulary"/>).
/// </summary>
internal sealed class ClaimSearch
{
    private readonly GraphSnapshot snapshot;
    private readonly EntityResolver resolver;
    private readonly ClaimVocabulary vocabulary;

    /// <summary>Searches the claims of <paramref name="snapshot"/>, naming entities through <paramref name="resolver"/>.</summary>
    public ClaimSearch(GraphSnapshot snapshot, EntityResolver resolver, ClaimVocabulary? vocabulary = null)
    {
        this.snapshot = snapshot;
        this.resolver = resolver;
        this.vocabulary = vocabulary ?? ClaimVocabulary.Of(snapshot, null);
    }

    /// <summary>The matching claims (at most <see cref="ClaimFilter.Limit"/>) and how many match in all.</summary>
    /// <exception cref="Diagnostics.KgException">KG9002 for a malformed filter; KG8001/KG8002 for an unknown or ambiguous entity; KG8008/KG8009 for an unknown predicate or class.</exception>
    public ClaimSearchResult Find(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.Validate();
        string? predicate = filter.Predicate is null ? null : vocabulary.Predicate(filter.Predicate);
        string? cls = filter.Class is null ? null : vocabulary.Class(filter.Class);
        string? subject = filter.Subject is null ? null : resolver.Resolve(filter.Subject).Id;
        string? obj = filter.Object is null ? null : resolver.Resolve(filter.Object).Id;
        IEnumerable<Store.ClaimRecord> claims = subject is not null ? snapshot.ClaimsOf(subject) : obj is not null ? snapshot.ClaimsOf(obj) : snapshot.Claims;
        var matches = claims
            .Where(c => (subject is null || c.Subject == subject) && (obj is null || c.Object == obj))
            .Where(c => predicate is null || c.Predicate == predicate)
            .Where(c => cls is null || c.PredicateClass == cls)
            .Where(c => filter.Source is null || (c.Source is not null && c.Source.Contains(filter.Source, StringComparison.OrdinalIgnoreCase)))
            .Select(snapshot.Ranker.View)
            .Where(v => filter.IsRecentEnough(v.Date))
            .ToList();
        return new ClaimSearchResult(matches.Count, filter.Rank, Ranked(matches, filter.Rank).Take(filter.Limit).ToList());
    }

    private IEnumerable<ClaimView> Ranked(List<ClaimView> claims, RankBy rank) => rank switch
    {
        RankBy.Count => claims.OrderByDescending(v => v.EvidenceCount).ThenByDescending(v => v.Claim.Confidence).ThenBy(v => v.Claim.Id, StringComparer.Ordinal),
        RankBy.Pmi => claims.OrderByDescending(v => snapshot.CoMentionBetween(v.Claim.Subject, v.Claim.Object)?.Score ?? 0)
            .ThenByDescending(v => v.Claim.Confidence).ThenBy(v => v.Claim.Id, StringComparer.Ordinal),
        _ => claims.OrderByDescending(v => v.Claim.Confidence).ThenByDescending(v => v.EvidenceCount)
            .ThenByDescending(v => v.Date, StringComparer.Ordinal).ThenBy(v => v.Claim.Id, StringComparer.Ordinal),
    };
}
