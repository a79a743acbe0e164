using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// What the store knows of one entity: the record (canonical name, type, subtype, aliases, discovered or curated), the
/// roles the text asserts (each once), its strongest claims and neighbours with their evidence (ranked as
/// <see cref="NeighbourFinder"/> ranks), totals, and mentions per article (most first).
/// </summary>
internal sealed record EntityReport(
    EntityRecord Entity, IReadOnlyList<EntityRole> Roles, int ClaimTotal, IReadOnlyList<ClaimView> Claims, int NeighbourTotal,
    IReadOnlyList<Neighbour> Neighbours, RankBy Rank, IReadOnlyList<ArticleMentions> Articles, int CoMentionEdges)
{
    /// <summary>Predicates whose claims state a role of their subject (its title in the claim's qualifier).</summary>
    public static readonly IReadOnlyList<string> RolePredicates = ["HOLDS_ROLE_IN", "LEADS"];

    /// <summary>"discovered" or "curated".</summary>
    public string Origin => Entity.Discovered ? "discovered" : "curated";

    /// <summary>Mentions over all articles.</summary>
    public int TotalMentions => Articles.Sum(a => a.Count);

    /// <summary>
    /// Builds the report for the entity named <paramref name="name"/> (any alias): up to <paramref name="limit"/> claims
    /// and neighbours, ranked by <paramref name="rank"/>.
    /// </summary>
    public static EntityReport For(GraphSnapshot snapshot, EntityResolver resolver, string name, int limit = 5, RankBy rank = RankBy.Claims)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(resolver);
        NeighbourReport links = new NeighbourFinder(snapshot, resolver).Find(name, limit, includeDemonyms: false, rank);
        EntityRecord entity = links.Entity;
        var roles = snapshot.ClaimsOf(entity.Id)
            .Where(c => c.Subject == entity.Id && !c.Negated && c.Qualifier is not null && RolePredicates.Contains(c.Predicate))
            .Select(snapshot.Ranker.View)
            .GroupBy(v => (Title: v.Claim.Qualifier!, v.Claim.Object))
            .Select(g => g.OrderByDescending(v => v.EvidenceCount).First())
            .Select(v => new EntityRole(v.Claim.Qualifier!, v.Claim.Object, v.ObjectName, v.Claim.Predicate, v.EvidenceCount, v))
            .OrderByDescending(r => r.EvidenceCount).ThenBy(r => r.Text, StringComparer.Ordinal)
            .ToList();
        var articles = snapshot.MentionCounts
            .Where(m => m.EntityId == entity.Id && snapshot.ArticlesById.ContainsKey(m.ArticleId))
            .Select(m => new ArticleMentions(snapshot.ArticlesById[m.ArticleId], m.Count))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Article.Date, StringComparer.Ordinal).ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToList();
        return new EntityReport(
            entity, roles, links.ClaimTotal, links.Claims, links.Total, links.Neighbours, rank, articles, snapshot.CoMentionsOf(entity.Id).Count);
    }
}
