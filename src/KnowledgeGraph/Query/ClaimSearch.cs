using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>Answers `kg query claims`: the claims matching a <see cref="ClaimFilter"/>, by date (newest first), then confidence.</summary>
internal sealed class ClaimSearch
{
    private readonly GraphSnapshot snapshot;
    private readonly EntityResolver resolver;

    /// <summary>Searches the claims of <paramref name="snapshot"/>, naming entities through <paramref name="resolver"/>.</summary>
    public ClaimSearch(GraphSnapshot snapshot, EntityResolver resolver)
    {
        this.snapshot = snapshot;
        this.resolver = resolver;
    }

    /// <summary>The matching claims with up to <paramref name="evidencePerClaim"/> evidence sentences each.</summary>
    /// <exception cref="Diagnostics.KgException">KG9002 for a malformed filter; KG8001/KG8002 for an unknown or ambiguous entity.</exception>
    public IReadOnlyList<ClaimView> Find(ClaimFilter filter, int evidencePerClaim = 1)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.Validate();
        string? subject = filter.Subject is null ? null : resolver.Resolve(filter.Subject).Id;
        string? obj = filter.Object is null ? null : resolver.Resolve(filter.Object).Id;
        IEnumerable<ClaimRecord> claims = subject is not null ? snapshot.ClaimsOf(subject) : obj is not null ? snapshot.ClaimsOf(obj) : snapshot.Claims;
        return claims
            .Where(c => (subject is null || c.Subject == subject) && (obj is null || c.Object == obj))
            .Where(c => filter.Predicate is null || string.Equals(c.Predicate, filter.Predicate, StringComparison.OrdinalIgnoreCase))
            .Where(c => filter.Class is null || string.Equals(c.PredicateClass, filter.Class, StringComparison.OrdinalIgnoreCase))
            .Where(c => filter.Source is null || (c.Source is not null && c.Source.Contains(filter.Source, StringComparison.OrdinalIgnoreCase)))
            .Select(c => ClaimView.Of(snapshot, c, evidencePerClaim))
            .Where(v => filter.IsRecentEnough(v.Date))
            .OrderByDescending(v => v.Date, StringComparer.Ordinal).ThenByDescending(v => v.Claim.Confidence).ThenBy(v => v.Claim.Id, StringComparer.Ordinal)
            .Take(filter.Limit)
            .ToList();
    }
}
